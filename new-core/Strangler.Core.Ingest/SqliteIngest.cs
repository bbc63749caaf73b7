using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Strangler.Core.Ingest;

/// <summary>
/// The SQLite path: the online writer's statements, prepared once and run per version in the batch's order inside
/// the caller's transaction (SQLite has one writer, so a set-based path would gain little).
/// </summary>
internal static class SqliteIngest
{
    // The statements of DocumentWriter (private there); parameters are bound in the order they are added.
    private const string InsertDocument = """
        INSERT INTO core_document (kind, reference, mode, source_interface, client_key, current_version, status, created_at)
        VALUES ($kind, $reference, $mode, $source, $client, $version, $status, $at)
        ON CONFLICT (reference) DO NOTHING
        """;

    private const string DocumentIdOf = "SELECT id FROM core_document WHERE reference = $reference";

    private const string InsertVersion = """
        INSERT INTO core_document_version
            (document_id, version_no, function, received_at, source_interface, client_key, canonical_form, checksum, document_json)
        VALUES ($document, $version, $function, $at, $source, $client, $canonical, $checksum, $json)
        ON CONFLICT (document_id, version_no) DO NOTHING
        """;

    private const string StoredChecksum = "SELECT checksum FROM core_document_version WHERE document_id = $document AND version_no = $version";

    private const string UpdateHead = """
        UPDATE core_document
        SET status = CASE WHEN $version >= current_version AND $status = 'Cancelled' THEN 'Cancelled' ELSE status END,
            current_version = CASE WHEN $version > current_version THEN $version ELSE current_version END
        WHERE id = $document
        """;

    private const string InsertEvent = """
        INSERT INTO core_document_event (document_id, version_no, at, kind, detail)
        VALUES ($document, $version, $at, $kind, NULL)
        """;

    public static async Task<(int Inserted, IReadOnlyList<IngestConflict> Conflicts)> WriteAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<StagedVersion> versions, CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        var tx = (SqliteTransaction)transaction;
        using var insertDocument = Command(sqlite, tx, InsertDocument, "$kind", "$reference", "$mode", "$source", "$client", "$version", "$status", "$at");
        using var documentIdOf = Command(sqlite, tx, DocumentIdOf, "$reference");
        using var insertVersion = Command(
            sqlite, tx, InsertVersion, "$document", "$version", "$function", "$at", "$source", "$client", "$canonical", "$checksum", "$json");
        using var storedChecksum = Command(sqlite, tx, StoredChecksum, "$document", "$version");
        using var updateHead = Command(sqlite, tx, UpdateHead, "$version", "$status", "$document");
        using var insertEvent = Command(sqlite, tx, InsertEvent, "$document", "$version", "$at", "$kind");

        var inserted = 0;
        var conflicts = new List<IngestConflict>();
        foreach (var v in versions)
        {
            if (v.Json is not null)
            {
                await RunAsync(insertDocument, cancellationToken, v.Kind, v.Reference, v.Mode, v.Source, v.ClientKey, v.Number, v.Status, v.ReceivedAt);
            }

            documentIdOf.Parameters[0].Value = v.Reference;
            var documentId = await documentIdOf.ExecuteScalarAsync(cancellationToken) as long?
                ?? throw new InvalidOperationException($"The first version saved for {v.Reference} carries no document.");

            var stored = await RunAsync(
                insertVersion, cancellationToken,
                documentId, v.Number, v.Function, v.ReceivedAt, v.Source, v.ClientKey, v.CanonicalForm, v.Checksum, v.Json);
            if (stored == 0)
            {
                storedChecksum.Parameters[0].Value = documentId;
                storedChecksum.Parameters[1].Value = v.Number;
                if (!Equals(await storedChecksum.ExecuteScalarAsync(cancellationToken), v.Checksum))
                {
                    conflicts.Add(new IngestConflict(v.Reference, v.Number));
                }

                continue;
            }

            inserted++;
            await RunAsync(updateHead, cancellationToken, v.Number, v.Status, documentId);
            await RunAsync(insertEvent, cancellationToken, documentId, v.Number, v.ReceivedAt, v.EventKind);
        }

        return (inserted, conflicts);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static Task<int> RunAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
