namespace Strangler.Legacy.History.TradeData;

/// <summary>A port or place: its UN/LOCODE, its country and the IATA code of its airport where it has one.</summary>
public sealed record Place(string Locode, string Name, string? Airport = null)
{
    public string Country => Locode[..2];
}

/// <summary>The ports, airports, Mainland river ports and rail terminals Hong Kong trades with, and Hong Kong itself.</summary>
public static class Places
{
    public static Place HongKong { get; } = new("HKHKG", "HONG KONG", "HKG");

    /// <summary>Hong Kong's container terminals and river trade terminal, for the place of loading or discharge.</summary>
    public static IReadOnlyList<Place> HongKongPorts { get; } =
        [new("HKHKG", "HONG KONG"), new("HKKCU", "KWAI CHUNG"), new("HKTML", "TUEN MUN")];

    public static IReadOnlyList<Place> SeaPorts { get; } =
    [
        new("CNSHA", "SHANGHAI"), new("CNNGB", "NINGBO"), new("CNYTN", "YANTIAN"), new("CNSHK", "SHEKOU"),
        new("CNTAO", "QINGDAO"), new("SGSIN", "SINGAPORE"), new("JPTYO", "TOKYO"), new("JPOSA", "OSAKA"),
        new("KRPUS", "BUSAN"), new("TWKHH", "KAOHSIUNG"), new("VNSGN", "HO CHI MINH CITY"), new("THLCH", "LAEM CHABANG"),
        new("MYPKG", "PORT KLANG"), new("IDJKT", "JAKARTA"), new("PHMNL", "MANILA"), new("INNSA", "NHAVA SHEVA"),
        new("AEJEA", "JEBEL ALI"), new("NLRTM", "ROTTERDAM"), new("DEHAM", "HAMBURG"), new("BEANR", "ANTWERP"),
        new("GBFXT", "FELIXSTOWE"), new("USLAX", "LOS ANGELES"), new("USLGB", "LONG BEACH"), new("USOAK", "OAKLAND"),
        new("CAVAN", "VANCOUVER"), new("AUSYD", "SYDNEY"), new("AUMEL", "MELBOURNE"), new("NZAKL", "AUCKLAND"),
    ];

    public static IReadOnlyList<Place> RiverPorts { get; } =
    [
        new("CNNSA", "NANSHA"), new("CNHUA", "HUANGPU"), new("CNJMN", "JIANGMEN"), new("CNZSN", "ZHONGSHAN"),
        new("CNZUH", "ZHUHAI"), new("CNFOS", "FOSHAN"), new("CNDGG", "DONGGUAN"), new("CNZQG", "ZHAOQING"),
    ];

    public static IReadOnlyList<Place> RailTerminals { get; } =
    [
        new("CNSZX", "SHENZHEN"), new("CNCAN", "GUANGZHOU"), new("CNWUH", "WUHAN"), new("CNCGO", "ZHENGZHOU"),
        new("CNCKG", "CHONGQING"), new("CNXIY", "XIAN"),
    ];

    public static IReadOnlyList<Place> Airports { get; } =
    [
        new("GBLON", "LONDON", "LHR"), new("USNYC", "NEW YORK", "JFK"), new("JPTYO", "TOKYO", "NRT"),
        new("SGSIN", "SINGAPORE", "SIN"), new("AUSYD", "SYDNEY", "SYD"), new("DEFRA", "FRANKFURT", "FRA"),
        new("FRPAR", "PARIS", "CDG"), new("USLAX", "LOS ANGELES", "LAX"), new("USANC", "ANCHORAGE", "ANC"),
        new("KRSEL", "SEOUL", "ICN"), new("CNSHA", "SHANGHAI", "PVG"), new("TWTPE", "TAIPEI", "TPE"),
        new("AEDXB", "DUBAI", "DXB"), new("INDEL", "DELHI", "DEL"), new("NLAMS", "AMSTERDAM", "AMS"),
        new("USCHI", "CHICAGO", "ORD"), new("THBKK", "BANGKOK", "BKK"), new("VNSGN", "HO CHI MINH CITY", "SGN"),
    ];

    /// <summary>Hong Kong districts where traders keep their offices and warehouses.</summary>
    public static IReadOnlyList<string> Districts { get; } =
    [
        "KWUN TONG", "KWAI CHUNG", "TSUEN WAN", "SAN PO KONG", "CHAI WAN", "CHEUNG SHA WAN", "TSIM SHA TSUI",
        "MONG KOK", "WAN CHAI", "SHEUNG WAN", "CENTRAL", "KOWLOON BAY", "TUEN MUN", "YUEN LONG", "FO TAN",
        "TAI PO", "SHA TIN", "HUNG HOM", "ABERDEEN", "QUARRY BAY",
    ];

    public static IReadOnlyList<string> Streets { get; } =
    [
        "HOI BUN ROAD", "HOW MING STREET", "KWAI FUNG CRESCENT", "TAI LIN PAI ROAD", "CASTLE PEAK ROAD",
        "WANG CHIU ROAD", "HUNG TO ROAD", "CHEUNG YUE STREET", "LAI CHI KOK ROAD", "KING YIP STREET",
        "SHING YIP STREET", "TSUN YIP STREET", "WING HONG STREET", "CHAI WAN KOK STREET", "SHAN MEI STREET",
        "ON LOK MUN STREET", "DES VOEUX ROAD CENTRAL", "CONNAUGHT ROAD WEST", "NATHAN ROAD", "TAI YAU STREET",
    ];

    /// <summary>Mainland cities of the shippers whose lorries cross the land boundary.</summary>
    public static IReadOnlyList<string> MainlandCities { get; } =
        ["SHENZHEN", "DONGGUAN", "GUANGZHOU", "HUIZHOU", "FOSHAN", "ZHONGSHAN", "ZHUHAI", "JIANGMEN"];
}
