using Strangler.Core.Store.Database;

namespace Strangler.Core.Ingest;

/// <summary>
/// A batch with every version rendered (canonical form, checksum, JSON), ready for <see cref="BulkIngest"/> to write:
/// a backfill prepares its next chunk while the previous one is written. Versions are in the order the online path
/// would save them (by reference, then number); repeats of a (reference, number) inside the batch are taken out, a
/// repeat with the first one's checksum to be counted as skipped, one with another checksum as a conflict.
/// </summary>
public sealed class PreparedBatch
{
    private PreparedBatch(CoreStoreProvider provider, int count, IReadOnlyList<StagedVersion> unique, IReadOnlyList<IngestConflict> conflicts)
    {
        Provider = provider;
        Count = count;
        Unique = unique;
        Conflicts = conflicts;
    }

    /// <summary>How many versions the batch was given, repeats included.</summary>
    public int Count { get; }

    internal CoreStoreProvider Provider { get; }

    internal IReadOnlyList<StagedVersion> Unique { get; }

    internal IReadOnlyList<IngestConflict> Conflicts { get; }

    internal static PreparedBatch Of(CoreStoreProvider provider, IReadOnlyList<StagedVersion> staged)
    {
        var first = new Dictionary<(string, int), StagedVersion>();
        var unique = new List<StagedVersion>();
        var conflicts = new List<IngestConflict>();
        foreach (var version in staged)
        {
            if (first.TryGetValue((version.Reference, version.Number), out var earlier))
            {
                if (earlier.Checksum != version.Checksum)
                {
                    conflicts.Add(new IngestConflict(version.Reference, version.Number));
                }

                continue;
            }

            first.Add((version.Reference, version.Number), version);
            unique.Add(version);
        }

        return new PreparedBatch(
            provider, staged.Count, [.. unique.OrderBy(v => v.Reference, StringComparer.Ordinal).ThenBy(v => v.Number)], conflicts);
    }
}
