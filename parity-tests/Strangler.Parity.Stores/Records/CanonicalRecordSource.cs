using System.Runtime.CompilerServices;
using Strangler.Parity.Data;
using Strangler.Parity.Data.Sources;

namespace Strangler.Parity.Stores.Records;

/// <summary>
/// One side of store parity held in memory: the records of one unit and day, sorted by key (ordinal), with prefix sums
/// of their row hashes so that any key range is counted and checksummed by two binary searches. The hash is the
/// engine's .NET row hash, so this side is comparable with a <see cref="SqlParitySource"/> as well.
/// </summary>
public sealed class CanonicalRecordSource : IParitySource
{
    private readonly CanonicalRecord[] _records;
    private readonly ulong[] _hashes;
    private readonly ulong[] _prefix;

    public CanonicalRecordSource(IEnumerable<CanonicalRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _records = [.. records];
        Array.Sort(_records, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        _hashes = new ulong[_records.Length];
        _prefix = new ulong[_records.Length + 1];
        for (var i = 0; i < _records.Length; i++)
        {
            _hashes[i] = ParityHash.Row(_records[i].Key, _records[i].Canonical);
            _prefix[i + 1] = unchecked(_prefix[i] + _hashes[i]);
        }
    }

    public string HashScheme => ParityHash.Scheme;

    public int Count => _records.Length;

    /// <summary>The records of <paramref name="key"/> (more than one when the key is duplicated).</summary>
    public IReadOnlyList<CanonicalRecord> Find(string key)
    {
        var from = LowerBound(key);
        var to = from;
        while (to < _records.Length && string.Equals(_records[to].Key, key, StringComparison.Ordinal))
        {
            to++;
        }

        return _records[from..to];
    }

    public IEnumerable<CanonicalRecord> All => _records;

    public Task<RangeSummary> SummariseAsync(KeyRange range, CancellationToken cancellationToken = default)
    {
        var (from, to) = Bounds(range);
        return Task.FromResult(new RangeSummary(to - from, unchecked(_prefix[to] - _prefix[from])));
    }

    public async IAsyncEnumerable<ParityRow> RowsAsync(KeyRange range, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        var (from, to) = Bounds(range);
        for (var i = from; i < to; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ParityRow(_records[i].Key, _hashes[i]);
        }
    }

    public Task<IReadOnlyList<string>> SplitKeysAsync(KeyRange range, long count, int parts, CancellationToken cancellationToken = default)
    {
        var (from, to) = Bounds(range);
        var keys = new List<string>();
        var length = to - from;
        for (var part = 1; part < parts && length > 1; part++)
        {
            var key = _records[from + (int)((long)length * part / parts)].Key;
            if (keys.Count == 0 || !string.Equals(keys[^1], key, StringComparison.Ordinal))
            {
                keys.Add(key);
            }
        }

        return Task.FromResult<IReadOnlyList<string>>(keys);
    }

    private (int From, int To) Bounds(KeyRange range) =>
        (range.From is null ? 0 : LowerBound(range.From), range.To is null ? _records.Length : LowerBound(range.To));

    private int LowerBound(string key)
    {
        int low = 0, high = _records.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (string.CompareOrdinal(_records[mid].Key, key) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
