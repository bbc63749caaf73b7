namespace Strangler.Legacy.History.TradeData;

/// <summary>The pieces Hong Kong and Mainland company names are made of.</summary>
public static class CompanyNames
{
    public static IReadOnlyList<string> HongKongWords { get; } =
    [
        "WING", "FAT", "KWONG", "TAT", "HING", "FUNG", "SHING", "LEE", "ON", "CHEUNG", "YUE", "LUNG", "KAM", "WAH",
        "MAN", "SANG", "TAI", "FOOK", "KEE", "YIP", "CHUN", "HOP", "YICK", "SUN", "CHEONG", "PO", "LOK", "KWAN",
        "GOLDEN", "PACIFIC", "ORIENT", "VICTORIA", "HARBOUR", "PEARL", "DRAGON", "JADE", "EVERBRIGHT", "GRAND",
    ];

    public static IReadOnlyList<string> HongKongTrades { get; } =
    [
        "TRADING CO LTD", "INDUSTRIAL LTD", "ELECTRONICS LTD", "ENTERPRISES LTD", "(HK) LIMITED", "IMPORT & EXPORT CO LTD",
        "GARMENT FACTORY LTD", "INTERNATIONAL LTD", "HOLDINGS LTD", "TECHNOLOGY LTD", "FOOD TRADING LTD", "WATCH CO LTD",
        "JEWELLERY LTD", "SUPPLY CHAIN LTD",
    ];

    public static IReadOnlyList<string> MainlandWords { get; } =
    [
        "XINGDA", "HUAWEI", "JINLONG", "HONGFA", "TIANYI", "MINGHUA", "YUEXIU", "SHENGDA", "HENGTAI", "ZHONGXIN",
        "LIANFA", "BAOLI", "HAITIAN", "JIAHE", "RUNFENG", "XINHUA", "DAYANG", "GUANGDA",
    ];

    public static IReadOnlyList<string> MainlandTrades { get; } =
    [
        "ELECTRONICS CO LTD", "INDUSTRIAL CO LTD", "PLASTIC PRODUCTS CO LTD", "GARMENT CO LTD", "TECHNOLOGY CO LTD",
        "HARDWARE CO LTD", "FURNITURE CO LTD", "FOODSTUFFS CO LTD",
    ];

    public static IReadOnlyList<string> Forwarders { get; } =
    [
        "KERRY LOGISTICS", "SF EXPRESS (HK)", "CARGO SERVICES FAR EAST", "TOLL GLOBAL FORWARDING", "NIPPON EXPRESS (HK)",
        "SINOTRANS HONG KONG", "SCHENKER (HK)", "EXPEDITORS HONG KONG", "WORLDWIDE LOGISTICS", "APEX FREIGHT",
    ];

    public static IReadOnlyList<string> Hauliers { get; } =
    [
        "CROSS-BOUNDARY TRANSPORT", "SHUN FUNG HAULAGE", "LOK MA CHAU TRUCKING", "YUEN LONG CONTAINER TRANSPORT",
        "GREATER BAY HAULIERS", "SAN TIN LOGISTICS", "WING ON CARGO TRANSPORTATION", "NORTH DISTRICT MOTOR FREIGHT",
    ];
}
