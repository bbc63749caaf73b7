namespace Strangler.Legacy.History.Planning;

/// <summary>Preset sizes: small for tests (hundreds of documents), medium for measurements, large (millions) for benchmarks.</summary>
public enum HistoryScale
{
    Small,
    Medium,
    Large,
}

/// <summary>The days, volumes and pools of each <see cref="HistoryScale"/>.</summary>
public static class HistoryScales
{
    public static int Days(this HistoryScale scale) => scale switch
    {
        HistoryScale.Small => 2,
        HistoryScale.Medium => 7,
        HistoryScale.Large => 30,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    public static ModeVolumes Volumes(this HistoryScale scale) => scale switch
    {
        HistoryScale.Small => new ModeVolumes(Road: 12, Air: 12, Sea: 12, River: 4, Rail: 4),
        HistoryScale.Medium => new ModeVolumes(Road: 400, Air: 300, Sea: 300, River: 80, Rail: 40),
        HistoryScale.Large => new ModeVolumes(Road: 18_000, Air: 12_000, Sea: 12_000, River: 3_000, Rail: 1_000),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    public static PoolSizes Pools(this HistoryScale scale) => scale switch
    {
        HistoryScale.Small => new PoolSizes(),
        HistoryScale.Medium => new PoolSizes(Traders: 400, Counterparts: 600, Shippers: 12, TransportCompanies: 12, Vehicles: 240),
        HistoryScale.Large => new PoolSizes(Traders: 6_000, Counterparts: 9_000, Shippers: 60, TransportCompanies: 60, Vehicles: 6_000),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
    };

    public static bool TryParse(string? text, out HistoryScale scale)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "small": scale = HistoryScale.Small; return true;
            case "medium": scale = HistoryScale.Medium; return true;
            case "large": scale = HistoryScale.Large; return true;
            default: scale = default; return false;
        }
    }
}
