namespace Strangler.Parity.Data;

/// <summary>
/// A half-open range of record keys, <c>From &lt;= key &lt; To</c>, in the stores' own key order; a null bound is open.
/// Both stores must order keys the same way (bytewise: SQLite's BINARY, PostgreSQL's <c>COLLATE "C"</c>).
/// </summary>
public readonly record struct KeyRange(string? From, string? To)
{
    /// <summary>Every key.</summary>
    public static KeyRange Whole { get; } = new(null, null);

    public override string ToString() => $"[{From ?? "-inf"}, {To ?? "+inf"})";

    /// <summary>
    /// The sub-ranges cut at <paramref name="splitKeys"/> (in key order as the store returned them): the first starts at
    /// <see cref="From"/>, the last ends at <see cref="To"/>. Repeated keys and a key equal to <see cref="From"/> are skipped,
    /// so no sub-range is empty by construction.
    /// </summary>
    public IReadOnlyList<KeyRange> SplitAt(IEnumerable<string> splitKeys)
    {
        ArgumentNullException.ThrowIfNull(splitKeys);
        var ranges = new List<KeyRange>();
        var start = From;
        foreach (var key in splitKeys)
        {
            if (string.Equals(key, start, StringComparison.Ordinal) || (start is null && ranges.Count == 0 && key.Length == 0))
            {
                continue;
            }

            ranges.Add(new KeyRange(start, key));
            start = key;
        }

        ranges.Add(new KeyRange(start, To));
        return ranges;
    }
}
