namespace Strangler.Core.Risk.Rules;

/// <summary>
/// An immutable, versioned set of rules with its watch-lists and selection settings. A change is a
/// new set with a higher version, swapped in whole through <see cref="IRiskRuleStore"/>.
/// </summary>
public sealed record RiskRuleSet
{
    public required int Version { get; init; }

    /// <summary>Mixed into the random-selection hash, so a new seed draws a different sample.</summary>
    public required string Seed { get; init; }

    public required RandomSelection RandomSelection { get; init; }

    public ChannelTargets? ChannelTargets { get; init; }

    public IReadOnlyList<WatchList> WatchLists { get; init; } = [];

    public required IReadOnlyList<RiskRule> Rules { get; init; }

    public WatchList? FindWatchList(string name)
    {
        foreach (var list in WatchLists)
        {
            if (string.Equals(list.Name, name, StringComparison.Ordinal))
            {
                return list;
            }
        }

        return null;
    }
}
