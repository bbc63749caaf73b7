using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;

namespace Strangler.Parity.Data.Sources;

/// <summary>
/// A side read through any ADO.NET provider: rows are streamed and hashed in .NET (<see cref="ParityHash"/>), so a
/// legacy store on one product compares with a core store on another. The connection is used for one call at a time.
/// </summary>
public sealed class SqlParitySource(DbConnection connection, SqlParityQuery query) : IParitySource
{
    public string HashScheme => ParityHash.Scheme;

    public async Task<RangeSummary> SummariseAsync(KeyRange range, CancellationToken cancellationToken = default)
    {
        long count = 0;
        ulong checksum = 0;
        await foreach (var row in ReadAsync(range, ordered: false, cancellationToken))
        {
            count++;
            checksum = unchecked(checksum + row.RowHash);
        }

        return new RangeSummary(count, checksum);
    }

    public IAsyncEnumerable<ParityRow> RowsAsync(KeyRange range, CancellationToken cancellationToken = default) =>
        ReadAsync(range, ordered: true, cancellationToken);

    public Task<IReadOnlyList<string>> SplitKeysAsync(KeyRange range, long count, int parts, CancellationToken cancellationToken = default) =>
        SqlSplitKeys.ReadAsync(connection, query, range, count, parts, cancellationToken);

    /// <summary>The canonical text of one record, or null when the side has none: to list the fields of a difference.</summary>
    public async Task<string?> CanonicalAsync(string key, CancellationToken cancellationToken = default) =>
        await connection.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            $"SELECT {query.Canonical} FROM {query.From} WHERE {query.Key} = @key", new { key }, cancellationToken: cancellationToken));

    private async IAsyncEnumerable<ParityRow> ReadAsync(KeyRange range, bool ordered, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sql = $"SELECT {query.Key}, {query.Canonical} FROM {query.From}{query.Where(range)}" + (ordered ? $" ORDER BY {query.Key}" : "");
        await using var command = await SqlCommands.CreateAsync(connection, sql, range, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            var canonical = reader.IsDBNull(1) ? null : reader.GetString(1);
            yield return new ParityRow(key, ParityHash.Row(key, canonical));
        }
    }
}
