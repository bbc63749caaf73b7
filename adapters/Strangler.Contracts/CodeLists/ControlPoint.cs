namespace Strangler.Contracts.CodeLists;

/// <summary>A land boundary control point where ROCARS shows drivers GO or STOP.</summary>
public sealed record ControlPoint(string Code, string Name)
{
    public static IReadOnlyList<ControlPoint> All { get; } =
    [
        new("LMC", "Lok Ma Chau"),
        new("LMCSC", "Lok Ma Chau Spur Line"),
        new("MKT", "Man Kam To"),
        new("SBY", "Shenzhen Bay"),
        new("HZMB", "Hong Kong-Zhuhai-Macao Bridge"),
        new("HYW", "Heung Yuen Wai"),
    ];

    public static bool IsKnown(string code) => All.Any(p => p.Code == code);
}
