using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Strangler.Parity.Data.Sources;

/// <summary>
/// A side on PostgreSQL that hashes and sums in the server (<see cref="PostgresRowHash"/> of key, unit separator and
/// canonical text), so a summary moves two numbers instead of every row. Both sides must be of this kind with the same
/// hash: it differs from <see cref="SqlParitySource"/>'s.
/// </summary>
public sealed class PostgresParitySource(DbConnection connection, SqlParityQuery query, PostgresRowHash hash = PostgresRowHash.HashTextExtended)
    : IParitySource
{
    public string HashScheme => hash switch
    {
        PostgresRowHash.Md5 => "md5 first 64 bits of key US canonical (PostgreSQL), summed mod 2^64",
        _ => "hashtextextended(key US canonical, 0) (PostgreSQL), summed mod 2^64",
    };

    private string Hashed => $"{query.Key} || coalesce(chr(31) || {query.Canonical}, chr(30))";

    private string RowHash => hash switch
    {
        PostgresRowHash.Md5 => $"('x' || substr(md5({Hashed}), 1, 16))::bit(64)::bigint",
        _ => $"hashtextextended({Hashed}, 0)",
    };

    public async Task<RangeSummary> SummariseAsync(KeyRange range, CancellationToken cancellationToken = default)
    {
        var sql = $"SELECT count(*), coalesce(sum({RowHash}), 0)::text FROM {query.From}{query.Where(range)}";
        await using var command = await SqlCommands.CreateAsync(connection, sql, range, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var sum = BigInteger.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
        return new RangeSummary(reader.GetInt64(0), ParityHash.Wrap(sum));
    }

    public async IAsyncEnumerable<ParityRow> RowsAsync(KeyRange range, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sql = $"SELECT {query.Key}, {RowHash} FROM {query.From}{query.Where(range)} ORDER BY {query.Key}";
        await using var command = await SqlCommands.CreateAsync(connection, sql, range, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ParityRow(reader.GetString(0), unchecked((ulong)reader.GetInt64(1)));
        }
    }

    public Task<IReadOnlyList<string>> SplitKeysAsync(KeyRange range, long count, int parts, CancellationToken cancellationToken = default) =>
        SqlSplitKeys.ReadAsync(connection, query, range, count, parts, cancellationToken);
}
