namespace Strangler.Parity.Data;

/// <summary>
/// One side of a data-parity comparison (the legacy store or the new core's store): records identified by an ordered
/// string key, each with a 64-bit hash of its canonical form. Calls on one source are made one at a time, but the two
/// sides are called at the same time: give each side its own connection.
/// </summary>
public interface IParitySource
{
    /// <summary>
    /// Names how row hashes are computed (algorithm and what is hashed). Two sides are comparable only when their
    /// schemes are equal; <see cref="DataParity"/> refuses to compare otherwise.
    /// </summary>
    string HashScheme { get; }

    /// <summary>Count and checksum (sum of row hashes, wrapping) of the records in <paramref name="range"/>.</summary>
    Task<RangeSummary> SummariseAsync(KeyRange range, CancellationToken cancellationToken = default);

    /// <summary>The records in <paramref name="range"/>, in key order.</summary>
    IAsyncEnumerable<ParityRow> RowsAsync(KeyRange range, CancellationToken cancellationToken = default);

    /// <summary>
    /// About <paramref name="parts"/> - 1 keys of <paramref name="range"/>, in key order, that cut it into parts of
    /// similar record counts (<paramref name="count"/> is the range's count on this side, known from its summary).
    /// </summary>
    Task<IReadOnlyList<string>> SplitKeysAsync(KeyRange range, long count, int parts, CancellationToken cancellationToken = default);
}
