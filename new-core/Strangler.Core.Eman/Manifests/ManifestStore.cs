using System.Data.Common;
using Dapper;
using Strangler.Core.Store.Database;
using Strangler.Edifact.Cuscar;

namespace Strangler.Core.Eman.Manifests;

/// <summary>The SQL of the manifest tables and the recorded answers. Writes take the caller's transaction.</summary>
internal sealed class ManifestStore(CoreDatabase database)
{
    private const string ManifestSql = """
        SELECT eman_ref AS EmanRef, client_key AS ClientKey, carrier_code AS CarrierCode, conveyance_id AS ConveyanceId,
               voyage AS Voyage, direction AS Direction, statement AS Statement, mode AS Mode,
               current_version AS CurrentVersion, cancelled AS Cancelled
        FROM core_eman_manifest WHERE eman_ref = @EmanRef
        """;

    private const string LiveTripSql = "SELECT COUNT(*) FROM core_eman_manifest WHERE trip_key = @TripKey";

    // DO NOTHING on either unique key: a concurrent original for the trip (E019) or a taken EMAN ref inserts nothing.
    private const string InsertManifestSql = """
        INSERT INTO core_eman_manifest
            (eman_ref, client_key, carrier_code, conveyance_id, voyage, direction, statement, mode, trip_key, current_version, cancelled)
        VALUES (@EmanRef, @ClientKey, @CarrierCode, @ConveyanceId, @Voyage, @Direction, @Statement, @Mode, @TripKey, 1, @Cancelled)
        ON CONFLICT DO NOTHING
        """;

    // Only from the version the caller read: a concurrent change makes this update nothing.
    private const string AdvanceSql = """
        UPDATE core_eman_manifest
        SET current_version = @Version,
            cancelled = @Cancelled,
            trip_key = CASE WHEN @Cancelled THEN NULL ELSE trip_key END
        WHERE eman_ref = @EmanRef AND current_version = @Version - 1 AND cancelled = @NotCancelled
        """;

    private const string InsertVersionSql = """
        INSERT INTO core_eman_version
            (eman_ref, version_no, function, document_number, interchange_ref, message_ref, received_at, statuses)
        VALUES (@EmanRef, @Version, @Function, @DocumentNumber, @InterchangeRef, @MessageRef, @ReceivedAt, @Statuses)
        """;

    private const string CurrentVersionSql = """
        SELECT v.document_number AS DocumentNumber, v.interchange_ref AS InterchangeRef, v.message_ref AS MessageRef,
               v.received_at AS ReceivedAt, v.statuses AS Statuses
        FROM core_eman_manifest m JOIN core_eman_version v ON v.eman_ref = m.eman_ref AND v.version_no = m.current_version
        WHERE m.eman_ref = @EmanRef AND m.client_key = @ClientKey
        """;

    private const string RecordedMessagesSql = """
        SELECT message_ref AS MessageRef, content_hash AS ContentHash, answer AS Answer
        FROM core_eman_message WHERE client_key = @ClientKey AND interchange_ref = @InterchangeRef
        """;

    private const string RecordMessageSql = """
        INSERT INTO core_eman_message (client_key, interchange_ref, message_ref, content_hash, answer)
        VALUES (@ClientKey, @InterchangeRef, @MessageRef, @ContentHash, @Answer)
        ON CONFLICT DO NOTHING
        """;

    private const string RecordedInterchangeSql = """
        SELECT content_hash AS ContentHash, answer AS Answer
        FROM core_eman_interchange WHERE client_key = @ClientKey AND interchange_ref = @InterchangeRef
        """;

    private const string RecordInterchangeSql = """
        INSERT INTO core_eman_interchange (client_key, interchange_ref, content_hash, answer)
        VALUES (@ClientKey, @InterchangeRef, @ContentHash, @Answer)
        ON CONFLICT DO NOTHING
        """;

    public CoreDatabase Database => database;

    /// <summary>The text that identifies a trip for E019: carrier, conveyance id, voyage, direction and statement.</summary>
    public static string TripKey(ManifestTrip trip) =>
        string.Join('\u001f', trip.CarrierCode, trip.ConveyanceId, trip.VoyageNumber, trip.DirectionCode, trip.Statement.Code());

    /// <summary>The manifest under <paramref name="emanRef"/>, read on the caller's connection (and transaction, if any).</summary>
    public static Task<ManifestRow?> FindAsync(
        DbConnection connection, DbTransaction? transaction, string emanRef, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<ManifestRow>(
            new CommandDefinition(ManifestSql, new { EmanRef = emanRef }, transaction, cancellationToken: cancellationToken));

    public static async Task<bool> TripIsLiveAsync(
        DbConnection connection, DbTransaction? transaction, ManifestTrip trip, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(LiveTripSql, new { TripKey = TripKey(trip) }, transaction, cancellationToken: cancellationToken)) > 0;

    public async Task<VersionRow?> CurrentVersionAsync(string emanRef, string clientKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition(
            CurrentVersionSql, new { EmanRef = emanRef, ClientKey = clientKey }, cancellationToken: cancellationToken));
    }

    public static async Task<IReadOnlyDictionary<string, RecordedMessage>> RecordedMessagesAsync(
        DbConnection connection, DbTransaction? transaction, string clientKey, string interchangeRef, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<RecordedMessage>(new CommandDefinition(
            RecordedMessagesSql, new { ClientKey = clientKey, InterchangeRef = interchangeRef }, transaction, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.MessageRef, StringComparer.Ordinal);
    }

    public static async Task<(string ContentHash, byte[] Answer)?> RecordedInterchangeAsync(
        DbConnection connection, DbTransaction? transaction, string clientKey, string interchangeRef, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<RecordedInterchange>(new CommandDefinition(
            RecordedInterchangeSql, new { ClientKey = clientKey, InterchangeRef = interchangeRef }, transaction, cancellationToken: cancellationToken));
        return row is null ? null : (row.ContentHash, row.Answer);
    }

    public static Task<int> RecordInterchangeAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, string interchangeRef, string contentHash, byte[] answer,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(RecordInterchangeSql, new
        {
            ClientKey = clientKey,
            InterchangeRef = interchangeRef,
            ContentHash = contentHash,
            Answer = answer,
        }, transaction, cancellationToken: cancellationToken));

    public static Task<int> RecordMessageAsync(
        DbConnection connection, DbTransaction transaction, string clientKey, string interchangeRef, RecordedMessage message, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(RecordMessageSql, new
        {
            ClientKey = clientKey,
            InterchangeRef = interchangeRef,
            message.MessageRef,
            message.ContentHash,
            message.Answer,
        }, transaction, cancellationToken: cancellationToken));

    /// <summary>Inserts an original; false when its trip became live meanwhile (or the ref was taken).</summary>
    public async Task<bool> InsertOriginalAsync(
        DbConnection connection, DbTransaction transaction, string emanRef, string clientKey, CuscarManifest manifest, CancellationToken cancellationToken)
    {
        var trip = ManifestTrip.Of(manifest);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertManifestSql, new
        {
            EmanRef = emanRef,
            ClientKey = clientKey,
            trip.CarrierCode,
            trip.ConveyanceId,
            Voyage = trip.VoyageNumber,
            Direction = trip.DirectionCode,
            Statement = trip.Statement.Code(),
            Mode = manifest.Conveyance.ModeCode,
            TripKey = TripKey(trip),
            Cancelled = false,
        }, transaction, cancellationToken: cancellationToken));
        return inserted == 1;
    }

    /// <summary>Moves a live manifest to <paramref name="version"/>; false when another request changed it first.</summary>
    public static async Task<bool> AdvanceAsync(
        DbConnection connection, DbTransaction transaction, string emanRef, int version, bool cancels, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(AdvanceSql, new
        {
            EmanRef = emanRef,
            Version = version,
            Cancelled = cancels,
            NotCancelled = false,
        }, transaction, cancellationToken: cancellationToken)) == 1;

    public async Task InsertVersionAsync(
        DbConnection connection, DbTransaction transaction, string emanRef, int version, CuscarManifest manifest,
        string interchangeRef, string messageRef, DateTimeOffset receivedAt, IEnumerable<string> statuses, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(InsertVersionSql, new
        {
            EmanRef = emanRef,
            Version = version,
            Function = manifest.Function.Code(),
            manifest.DocumentNumber,
            InterchangeRef = interchangeRef,
            MessageRef = messageRef,
            ReceivedAt = StoredTime.Write(database.Provider, receivedAt),
            Statuses = string.Join(' ', statuses),
        }, transaction, cancellationToken: cancellationToken));

    private sealed class RecordedInterchange
    {
        public string ContentHash { get; set; } = "";

        public byte[] Answer { get; set; } = [];
    }
}
