using System.Data.Common;
using Dapper;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Store.Requests;

/// <summary>Recorded answers by (interface, client key, request id), so that a resend is answered byte for byte.</summary>
public sealed class RequestLog(CoreDatabase database)
{
    private const string FindSql = """
        SELECT content_hash AS ContentHash, answer AS Answer FROM core_request_log
        WHERE interface = @Interface AND client_key = @ClientKey AND request_id = @RequestId
        """;

    // DO NOTHING: the first recording wins; the caller serialises requests of one identity.
    private const string InsertSql = """
        INSERT INTO core_request_log (interface, client_key, request_id, content_hash, answer)
        VALUES (@Interface, @ClientKey, @RequestId, @ContentHash, @Answer)
        ON CONFLICT (interface, client_key, request_id) DO NOTHING
        """;

    public async Task<RecordedAnswer?> FindAsync(string contractInterface, string clientKey, string requestId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            FindSql, new { Interface = contractInterface, ClientKey = clientKey, RequestId = requestId }, cancellationToken: cancellationToken));
        return row is null ? null : new RecordedAnswer(row.ContentHash, row.Answer);
    }

    /// <summary>The recorded answer, read inside the caller's transaction (so a check and its write see one state).</summary>
    public async Task<RecordedAnswer?> FindAsync(
        string contractInterface, string clientKey, string requestId, DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            FindSql, new { Interface = contractInterface, ClientKey = clientKey, RequestId = requestId }, transaction, cancellationToken: cancellationToken));
        return row is null ? null : new RecordedAnswer(row.ContentHash, row.Answer);
    }

    public Task RecordAsync(string contractInterface, string clientKey, string requestId, RecordedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return database.WriteAsync(
            (connection, transaction) => RecordAsync(contractInterface, clientKey, requestId, answer, connection, transaction, cancellationToken),
            cancellationToken);
    }

    /// <summary>Records the answer inside the caller's write transaction, so it commits with what it answers; true when this call recorded it.</summary>
    public async Task<bool> RecordAsync(
        string contractInterface, string clientKey, string requestId, RecordedAnswer answer, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Interface = contractInterface,
            ClientKey = clientKey,
            RequestId = requestId,
            answer.ContentHash,
            answer.Answer,
        }, transaction, cancellationToken: cancellationToken)) == 1;
    }

    private sealed class Row
    {
        public string ContentHash { get; set; } = "";

        public byte[] Answer { get; set; } = [];
    }
}
