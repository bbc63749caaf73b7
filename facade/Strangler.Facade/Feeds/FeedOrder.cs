using Strangler.Facade.Routing;

namespace Strangler.Facade.Feeds;

/// <summary>
/// The order new entries join the ledger in: a merge of the two systems' entries that keeps each system's own order
/// (so each side's position can simply move to its last entry read) and, between them, puts the earlier entry first
/// by its own time (DTM+182, the CSN's set time); on equal times, or when either has no time, legacy's first.
/// </summary>
internal static class FeedOrder
{
    public static IReadOnlyList<(Side Side, FeedEntry Entry)> Merge(IReadOnlyList<FeedEntry> legacy, IReadOnlyList<FeedEntry> core)
    {
        var merged = new List<(Side, FeedEntry)>(legacy.Count + core.Count);
        int l = 0, c = 0;
        while (l < legacy.Count || c < core.Count)
        {
            var takeCore = l == legacy.Count ||
                (c < core.Count && legacy[l].At is { } legacyAt && core[c].At is { } coreAt && coreAt < legacyAt);
            merged.Add(takeCore ? (Side.Core, core[c++]) : (Side.Legacy, legacy[l++]));
        }

        return merged;
    }
}
