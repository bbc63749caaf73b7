using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Strangler.Core.Ingest;

/// <summary>
/// The PostgreSQL path: the batch goes by binary COPY into a temporary table, then four set-based statements do what
/// the online writer does per version. The versions that really got inserted (RETURNING) drive the events and head
/// updates, so a concurrent ingest of the same rows cannot add an event or move a head twice.
/// </summary>
internal static class PostgresIngest
{
    private const string CreateStage = """
        CREATE TEMP TABLE core_ingest_stage (
            reference text NOT NULL, version_no integer NOT NULL, function text NOT NULL, received_at timestamptz NOT NULL,
            source_interface text NOT NULL, client_key text NOT NULL, canonical_form bytea NOT NULL, checksum text NOT NULL,
            document_json text, kind text, mode text, status text NOT NULL) ON COMMIT DROP
        """;

    private const string CopyStage = """
        COPY core_ingest_stage (reference, version_no, function, received_at, source_interface, client_key, canonical_form,
            checksum, document_json, kind, mode, status) FROM STDIN (FORMAT BINARY)
        """;

    // As online: the document row comes from the first version saved (the lowest number) and only when it carries a document.
    private const string InsertDocuments = """
        ANALYZE core_ingest_stage;
        INSERT INTO core_document (kind, reference, mode, source_interface, client_key, current_version, status, created_at)
        SELECT kind, reference, mode, source_interface, client_key, version_no, status, received_at
        FROM (SELECT DISTINCT ON (reference) * FROM core_ingest_stage ORDER BY reference, version_no) first_version
        WHERE document_json IS NOT NULL
        ORDER BY reference
        ON CONFLICT (reference) DO NOTHING
        """;

    private const string WithoutDocument = """
        SELECT s.reference FROM core_ingest_stage s
        WHERE NOT EXISTS (SELECT 1 FROM core_document d WHERE d.reference = s.reference)
        LIMIT 1
        """;

    // A cancellation cancels when its number is at or above the head's current version when it is saved; the inserted
    // versions below it are lower by definition, so the current version before this statement decides.
    private const string InsertVersions = """
        WITH inserted AS (
            INSERT INTO core_document_version
                (document_id, version_no, function, received_at, source_interface, client_key, canonical_form, checksum, document_json)
            SELECT d.id, s.version_no, s.function, s.received_at, s.source_interface, s.client_key, s.canonical_form, s.checksum, s.document_json
            FROM core_ingest_stage s JOIN core_document d ON d.reference = s.reference
            ON CONFLICT (document_id, version_no) DO NOTHING
            RETURNING document_id, version_no, function, received_at),
        events AS (
            INSERT INTO core_document_event (document_id, version_no, at, kind, detail)
            SELECT document_id, version_no, received_at,
                   CASE function WHEN 'Amendment' THEN 'Amended' WHEN 'Cancellation' THEN 'Cancelled' ELSE 'Received' END, NULL
            FROM inserted ORDER BY document_id, version_no),
        heads AS (
            UPDATE core_document d
            SET status = CASE WHEN h.cancels THEN 'Cancelled' ELSE d.status END,
                current_version = GREATEST(d.current_version, h.highest)
            FROM (SELECT i.document_id, max(i.version_no) AS highest,
                         bool_or(i.function = 'Cancellation' AND i.version_no >= c.current_version) AS cancels
                  FROM inserted i JOIN core_document c ON c.id = i.document_id
                  GROUP BY i.document_id) h
            WHERE d.id = h.document_id)
        SELECT count(*) FROM inserted
        """;

    private const string Conflicts = """
        SELECT s.reference, s.version_no
        FROM core_ingest_stage s
        JOIN core_document d ON d.reference = s.reference
        JOIN core_document_version v ON v.document_id = d.id AND v.version_no = s.version_no
        WHERE v.checksum <> s.checksum
        ORDER BY s.reference, s.version_no
        """;

    public static async Task<(int Inserted, IReadOnlyList<IngestConflict> Conflicts)> WriteAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<StagedVersion> versions, CancellationToken cancellationToken)
    {
        var postgres = (NpgsqlConnection)connection;
        await ExecuteAsync(postgres, transaction, CreateStage, cancellationToken);
        await CopyAsync(postgres, versions, cancellationToken);
        await ExecuteAsync(postgres, transaction, InsertDocuments, cancellationToken);

        await using (var orphan = new NpgsqlCommand(WithoutDocument, postgres, (NpgsqlTransaction)transaction))
        {
            if (await orphan.ExecuteScalarAsync(cancellationToken) is string reference)
            {
                throw new InvalidOperationException($"The first version saved for {reference} carries no document.");
            }
        }

        int inserted;
        await using (var insert = new NpgsqlCommand(InsertVersions, postgres, (NpgsqlTransaction)transaction))
        {
            inserted = checked((int)(long)(await insert.ExecuteScalarAsync(cancellationToken))!);
        }

        var conflicts = new List<IngestConflict>();
        await using (var select = new NpgsqlCommand(Conflicts, postgres, (NpgsqlTransaction)transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                conflicts.Add(new IngestConflict(reader.GetString(0), reader.GetInt32(1)));
            }
        }

        return (inserted, conflicts);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<StagedVersion> versions, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(CopyStage, cancellationToken);
        foreach (var v in versions)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(v.Reference, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(v.Number, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(v.Function, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync((DateTimeOffset)v.ReceivedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(v.Source, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(v.ClientKey, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(v.CanonicalForm, NpgsqlDbType.Bytea, cancellationToken);
            await writer.WriteAsync(v.Checksum, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, v.Json, cancellationToken);
            await WriteNullableAsync(writer, v.Kind, cancellationToken);
            await WriteNullableAsync(writer, v.Mode, cancellationToken);
            await writer.WriteAsync(v.Status, NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, (NpgsqlTransaction)transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
