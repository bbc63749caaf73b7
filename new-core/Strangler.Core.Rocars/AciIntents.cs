using System.Data.Common;
using Dapper;
using Strangler.Contracts.Time;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Rocars;

/// <summary>An accepted ACI MessageId of a key: the content it came with and the CCRN version it writes, at its received-at.</summary>
internal sealed record AciIntent(string ClientKey, string MessageId, string ContentHash, string Ccrn, int Version, DateTimeOffset ReceivedAt);

/// <summary>Keeps <see cref="AciIntent"/>s (table core_rocars_aci_intent) so that a lost answer never duplicates a lodgement.</summary>
internal sealed class AciIntents(CoreDatabase database)
{
    private const string InsertSql = """
        INSERT INTO core_rocars_aci_intent (client_key, message_id, content_hash, ccrn, version_no, received_at)
        VALUES (@ClientKey, @MessageId, @ContentHash, @Ccrn, @Version, @ReceivedAt)
        ON CONFLICT (client_key, message_id) DO NOTHING
        """;

    public async Task<AciIntent?> FindAsync(string clientKey, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, clientKey, messageId, cancellationToken);
    }

    /// <summary>Finds the intent on the caller's connection (and transaction, when inside one).</summary>
    public async Task<AciIntent?> FindAsync(
        DbConnection connection, DbTransaction? transaction, string clientKey, string messageId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            """
            SELECT content_hash AS ContentHash, ccrn AS Ccrn, version_no AS Version, received_at AS ReceivedAt
            FROM core_rocars_aci_intent WHERE client_key = @ClientKey AND message_id = @MessageId
            """, new { ClientKey = clientKey, MessageId = messageId }, transaction, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new AciIntent(clientKey, messageId, row.ContentHash, row.Ccrn, row.Version, HongKongTime.ToHongKong(StoredTime.Read(row.ReceivedAt)));
    }

    public Task AddAsync(AciIntent intent, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => AddAsync(connection, transaction, intent, cancellationToken), cancellationToken);

    /// <summary>Adds the intent inside a caller's write transaction.</summary>
    public Task<int> AddAsync(DbConnection connection, DbTransaction transaction, AciIntent intent, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            intent.ClientKey,
            intent.MessageId,
            intent.ContentHash,
            intent.Ccrn,
            intent.Version,
            ReceivedAt = StoredTime.Write(database.Provider, intent.ReceivedAt),
        }, transaction, cancellationToken: cancellationToken));

    private sealed class Row
    {
        public string ContentHash { get; set; } = "";

        public string Ccrn { get; set; } = "";

        public int Version { get; set; }

        public object ReceivedAt { get; set; } = "";
    }
}
