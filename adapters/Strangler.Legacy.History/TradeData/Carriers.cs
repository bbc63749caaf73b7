namespace Strangler.Legacy.History.TradeData;

/// <summary>
/// A carrier lodging EMAN manifests: its code (SCAC for shipping lines, IATA for airlines), name,
/// the prefix of its transport documents and containers, and its conveyances. Airlines also have
/// their air waybill prefix and flight numbers.
/// </summary>
public sealed record Carrier(
    string Code,
    string Name,
    string DocumentPrefix,
    string ContainerOwner,
    IReadOnlyList<Conveyance> Conveyances,
    string? AirWaybillPrefix = null,
    IReadOnlyList<int>? FlightNumbers = null);

/// <summary>A vessel (IMO number or call sign), a train or an aircraft (registration) and its name.</summary>
public sealed record Conveyance(string Id, string Name);

/// <summary>The shipping lines, river operators, rail operators and airlines of the history.</summary>
public static class Carriers
{
    public static IReadOnlyList<Carrier> ShippingLines { get; } =
    [
        Line("MSCU", "MEDITERRANEAN SHIPPING COMPANY", "MEDU", "MSCU", ("9703291", "MSC GULSUN"), ("9839430", "MSC IRINA"), ("9461374", "MSC BEATRICE")),
        Line("MAEU", "MAERSK A/S", "MAEU", "MSKU", ("9778791", "MADRID MAERSK"), ("9632064", "MAJESTIC MAERSK")),
        Line("COSU", "COSCO SHIPPING LINES", "COSU", "CSNU", ("9783497", "COSCO SHIPPING UNIVERSE"), ("9795610", "COSCO SHIPPING ARIES")),
        Line("OOLU", "ORIENT OVERSEAS CONTAINER LINE", "OOLU", "OOLU", ("9776171", "OOCL HONG KONG"), ("9776183", "OOCL GERMANY")),
        Line("EGLV", "EVERGREEN MARINE", "EGLV", "EGHU", ("9811000", "EVER GIVEN"), ("9832729", "EVER ACE")),
        Line("CMDU", "CMA CGM", "CMDU", "CMAU", ("9454436", "CMA CGM MARCO POLO"), ("9839179", "CMA CGM JACQUES SAADE")),
        Line("ONEY", "OCEAN NETWORK EXPRESS", "ONEY", "ONEU", ("9806079", "ONE INNOVATION"), ("9741372", "ONE APUS")),
        Line("HDMU", "HMM CO LTD", "HDMU", "HDMU", ("9863297", "HMM ALGECIRAS"), ("9869198", "HMM OSLO")),
    ];

    public static IReadOnlyList<Carrier> RiverOperators { get; } =
    [
        Line("PRDR", "PEARL RIVER DELTA RIVER TRADE", "PRDR", "PRDU", ("VRHK7", "YUE DONG GUAN HUO 3128"), ("VRHK9", "YUE ZHONG SHAN HUO 1816")),
        Line("CKYL", "CHU KONG SHIPPING", "CKYL", "CKLU", ("VRCK2", "ZHU JIANG 61"), ("VRCK5", "ZHU JIANG 67")),
        Line("WTSH", "WING TAT SHIPPING", "WTSH", "WTHU", ("VRWT1", "YUE FO SHAN HUO 2266"), ("VRWT3", "YUE JIANG MEN HUO 0931")),
    ];

    public static IReadOnlyList<Carrier> RailOperators { get; } =
    [
        Line("CRCT", "CHINA RAILWAY CONTAINER TRANSPORT", "CRCT", "CRXU", ("X8031", "SHENZHEN-HONG KONG FREIGHT"), ("X8045", "CHONGQING EXPRESS")),
        Line("MTRF", "MTR FREIGHT", "MTRF", "MTRU", ("Q6021", "LO WU CROSS-BOUNDARY FREIGHT"), ("Q6033", "GUANGZHOU FREIGHT")),
    ];

    public static IReadOnlyList<Carrier> Airlines { get; } =
    [
        Airline("CX", "CATHAY PACIFIC CARGO", "160", [251, 255, 3094, 3106, 3278, 084, 880], "B-LJA", "B-LJB", "B-LJC", "B-HLR", "B-HUK"),
        Airline("LD", "AIR HONG KONG", "288", [248, 298, 806, 826, 906], "B-LDL", "B-LDM", "B-LDN"),
        Airline("SQ", "SINGAPORE AIRLINES CARGO", "618", [7862, 7880, 7340], "9V-SFK", "9V-SFM"),
        Airline("EK", "EMIRATES SKYCARGO", "176", [9826, 9828, 380], "A6-EFD", "A6-EFK"),
        Airline("LH", "LUFTHANSA CARGO", "020", [8388, 8394, 796], "D-ALFA", "D-ALFC"),
        Airline("FX", "FEDERAL EXPRESS", "023", [5013, 5017, 76], "N850FD", "N884FD"),
        Airline("5X", "UPS AIRLINES", "406", [61, 5, 12], "N570UP", "N582UP"),
        Airline("KE", "KOREAN AIR CARGO", "180", [9322, 9330, 608], "HL8251", "HL8285"),
    ];

    private static Carrier Line(string code, string name, string documentPrefix, string owner, params (string Id, string Name)[] conveyances) =>
        new(code, name, documentPrefix, owner, conveyances.Select(c => new Conveyance(c.Id, c.Name)).ToList());

    private static Carrier Airline(string code, string name, string prefix, int[] flights, params string[] registrations) =>
        new(code, name, prefix, code + "U", registrations.Select(r => new Conveyance(r, name)).ToList(), prefix, flights);
}
