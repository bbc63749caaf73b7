using System.Data.Common;
using Dapper;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Gets.Schema;

/// <summary>Which EDIFACT message created a version of a TDEC.</summary>
internal sealed record VersionFacts(string InterchangeRef, string MessageRef);

/// <summary>Who reserved a declarant's LRN, and under which TDEC number.</summary>
internal sealed record LrnOwner(string TdecNo, string ClientKey, string InterchangeRef, string MessageRef);

/// <summary>A migrated acknowledgement: its cursor and the single-message CUSRES interchange as the legacy answered it.</summary>
internal sealed record FeedRow(long Cursor, byte[] Answer);

/// <summary>The GETS module's own tables (see <see cref="M1001_GetsTables"/>).</summary>
internal sealed class GetsTables(CoreDatabase database)
{
    private const string FactsSql = """
        SELECT interchange_ref AS InterchangeRef, message_ref AS MessageRef FROM core_gets_version
        WHERE tdec_no = @TdecNo AND version_no = @Version
        """;

    private const string InsertFactsSql = """
        INSERT INTO core_gets_version (tdec_no, version_no, client_key, interchange_ref, message_ref)
        VALUES (@TdecNo, @Version, @ClientKey, @InterchangeRef, @MessageRef)
        ON CONFLICT (tdec_no, version_no) DO NOTHING
        """;

    private const string LrnSql = """
        SELECT tdec_no AS TdecNo, client_key AS ClientKey, interchange_ref AS InterchangeRef, message_ref AS MessageRef
        FROM core_gets_lrn WHERE declarant_br = @Br AND lrn = @Lrn
        """;

    private const string ReserveLrnSql = """
        INSERT INTO core_gets_lrn (declarant_br, lrn, tdec_no, client_key, interchange_ref, message_ref)
        VALUES (@Br, @Lrn, @TdecNo, @ClientKey, @InterchangeRef, @MessageRef)
        ON CONFLICT (declarant_br, lrn) DO NOTHING
        """;

    private const string FeedSql = """
        SELECT cursor_no AS Cursor, answer AS Answer FROM core_gets_feed
        WHERE client_key = @ClientKey AND cursor_no > @After ORDER BY cursor_no LIMIT @Max
        """;

    public async Task<VersionFacts?> FactsAsync(string tdecNo, int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<VersionFacts>(
            new CommandDefinition(FactsSql, new { TdecNo = tdecNo, Version = version }, cancellationToken: cancellationToken));
    }

    /// <summary>Records which message created the version, inside the caller's write transaction.</summary>
    public static Task SaveFactsAsync(
        string tdecNo, int version, string clientKey, VersionFacts facts, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertFactsSql, new
        {
            TdecNo = tdecNo,
            Version = version,
            ClientKey = clientKey,
            facts.InterchangeRef,
            facts.MessageRef,
        }, transaction, cancellationToken: cancellationToken));

    public static Task<LrnOwner?> LrnOwnerAsync(
        string declarantBr, string lrn, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<LrnOwner>(
            new CommandDefinition(LrnSql, new { Br = declarantBr, Lrn = lrn }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Reserves the LRN for <paramref name="owner"/> inside the caller's write transaction; returns the owner that holds it
    /// afterwards (another one when it was taken: on PostgreSQL the insert waits for a concurrent reservation to commit).
    /// </summary>
    public static async Task<LrnOwner> ReserveLrnAsync(
        string declarantBr, string lrn, LrnOwner owner, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(ReserveLrnSql, new
        {
            Br = declarantBr,
            Lrn = lrn,
            owner.TdecNo,
            owner.ClientKey,
            owner.InterchangeRef,
            owner.MessageRef,
        }, transaction, cancellationToken: cancellationToken));
        return inserted == 1
            ? owner
            : await connection.QuerySingleAsync<LrnOwner>(
                new CommandDefinition(LrnSql, new { Br = declarantBr, Lrn = lrn }, transaction, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<FeedRow>> FeedAsync(string clientKey, long after, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedRow>(
            new CommandDefinition(FeedSql, new { ClientKey = clientKey, After = after, Max = max }, cancellationToken: cancellationToken));
        return [.. rows];
    }
}
