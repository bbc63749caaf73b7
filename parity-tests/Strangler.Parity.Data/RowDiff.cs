namespace Strangler.Parity.Data;

/// <summary>Record-by-record comparison of one small key range; independent of the order the stores return rows in.</summary>
internal static class RowDiff
{
    public static async Task<IReadOnlyList<DataDifference>> CompareAsync(
        IParitySource legacy, IParitySource core, KeyRange range, CancellationToken cancellationToken)
    {
        // Each source is read to the end before the other starts: a source may serve both from one connection.
        var legacyRows = await ReadAsync(legacy, range, cancellationToken);
        var coreRows = await ReadAsync(core, range, cancellationToken);

        var differences = new List<DataDifference>();
        foreach (var (key, legacyRow) in legacyRows)
        {
            if (!coreRows.TryGetValue(key, out var coreRow))
            {
                differences.Add(new DataDifference(key, DataDifferenceKind.Missing, legacyRow.Hash, null, legacyRow.Occurrences, 0));
            }
            else if (legacyRow.Occurrences > 1 || coreRow.Occurrences > 1)
            {
                differences.Add(new DataDifference(key, DataDifferenceKind.Duplicate, legacyRow.Hash, coreRow.Hash, legacyRow.Occurrences, coreRow.Occurrences));
            }
            else if (legacyRow.Hash != coreRow.Hash)
            {
                differences.Add(new DataDifference(key, DataDifferenceKind.Differing, legacyRow.Hash, coreRow.Hash, 1, 1));
            }
        }

        foreach (var (key, coreRow) in coreRows)
        {
            if (!legacyRows.ContainsKey(key))
            {
                differences.Add(new DataDifference(key, DataDifferenceKind.Extra, null, coreRow.Hash, 0, coreRow.Occurrences));
            }
        }

        // Ordinal order for the report; the store's own order can differ only for characters outside the BMP.
        differences.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return differences;
    }

    /// <summary>
    /// Pairs a key found missing in one range with the same key found extra in another (the two stores ordered keys
    /// differently, so the key fell into different ranges): equal hashes cancel out, different ones are one differing record.
    /// </summary>
    public static IReadOnlyList<DataDifference> Reconcile(List<DataDifference> differences)
    {
        var extras = differences
            .Where(d => d.Kind == DataDifferenceKind.Extra && d.CoreOccurrences == 1)
            .GroupBy(d => d.Key, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        if (extras.Count == 0)
        {
            return differences;
        }

        var reconciled = new List<DataDifference>(differences.Count);
        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var difference in differences)
        {
            if (difference is { Kind: DataDifferenceKind.Missing, LegacyOccurrences: 1 }
                && extras.TryGetValue(difference.Key, out var extra)
                && paired.Add(difference.Key))
            {
                if (difference.LegacyHash != extra.CoreHash)
                {
                    reconciled.Add(new DataDifference(difference.Key, DataDifferenceKind.Differing, difference.LegacyHash, extra.CoreHash, 1, 1));
                }
            }
            else if (difference.Kind != DataDifferenceKind.Extra || !extras.ContainsKey(difference.Key))
            {
                reconciled.Add(difference);
            }
        }

        // Extras whose missing twin was not found stay.
        reconciled.AddRange(extras.Values.Where(e => !paired.Contains(e.Key)));
        reconciled.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return reconciled;
    }

    private static async Task<Dictionary<string, (ulong Hash, int Occurrences)>> ReadAsync(
        IParitySource source, KeyRange range, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, (ulong Hash, int Occurrences)>(StringComparer.Ordinal);
        await foreach (var row in source.RowsAsync(range, cancellationToken))
        {
            rows[row.Key] = rows.TryGetValue(row.Key, out var seen) ? (seen.Hash, seen.Occurrences + 1) : (row.RowHash, 1);
        }

        return rows;
    }
}
