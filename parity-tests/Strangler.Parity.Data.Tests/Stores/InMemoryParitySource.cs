using System.Runtime.CompilerServices;
using Strangler.Parity.Data.Sources;

namespace Strangler.Parity.Data.Tests.Stores;

/// <summary>A side held in memory, in ordinal key order, hashed as <see cref="SqlParitySource"/> hashes; counts calls.</summary>
internal sealed class InMemoryParitySource(IEnumerable<KeyValuePair<string, string>> records) : IParitySource
{
    private readonly List<KeyValuePair<string, string>> _records = [.. records.OrderBy(r => r.Key, StringComparer.Ordinal)];

    public int Summaries { get; private set; }

    public string HashScheme => ParityHash.Scheme;

    public Task<RangeSummary> SummariseAsync(KeyRange range, CancellationToken cancellationToken = default)
    {
        Summaries++;
        var rows = In(range).Select(r => ParityHash.Row(r.Key, r.Value)).ToList();
        return Task.FromResult(new RangeSummary(rows.Count, rows.Aggregate(0UL, (sum, h) => unchecked(sum + h))));
    }

    public async IAsyncEnumerable<ParityRow> RowsAsync(KeyRange range, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var record in In(range))
        {
            yield return new ParityRow(record.Key, ParityHash.Row(record.Key, record.Value));
        }
    }

    public Task<IReadOnlyList<string>> SplitKeysAsync(KeyRange range, long count, int parts, CancellationToken cancellationToken = default)
    {
        var step = Math.Max(1, count / parts);
        IReadOnlyList<string> keys = [.. In(range).Select((r, i) => (r.Key, i)).Where(x => x.i > 0 && x.i % step == 0).Select(x => x.Key)];
        return Task.FromResult(keys);
    }

    private IEnumerable<KeyValuePair<string, string>> In(KeyRange range) =>
        _records.Where(r =>
            (range.From is null || string.CompareOrdinal(r.Key, range.From) >= 0)
            && (range.To is null || string.CompareOrdinal(r.Key, range.To) < 0));
}
