using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Strangler.Core.Ingest;

/// <summary>
/// The PostgreSQL path. Each version row travels once: the document rows are inserted from arrays (RETURNING the ones
/// created now), the documents that already existed are locked and their stored checksums read, and only the versions
/// not stored yet go by binary COPY straight into <c>core_document_version</c>, their events by COPY into
/// <c>core_document_event</c>; the heads that move are updated from arrays. The row locks (<c>FOR NO KEY UPDATE</c>, in
/// reference order) make a concurrent ingest of the same documents wait and then see these versions as stored, so it
/// can neither double a version nor an event. A document created by this transaction is invisible to every other one
/// (a concurrent insert of the same reference waits on its unique key), so it needs no lock and no lookup.
/// </summary>
internal static class PostgresIngest
{
    // As online: the document row comes from the first version saved (the lowest number) and only when it carries a document.
    private const string InsertDocuments = """
        INSERT INTO core_document (kind, reference, mode, source_interface, client_key, current_version, status, created_at)
        SELECT * FROM unnest(@kind, @reference, @mode, @source, @client, @version, @status, @at)
        ON CONFLICT (reference) DO NOTHING
        RETURNING id, reference
        """;

    private const string LockDocuments = """
        SELECT id, reference, current_version FROM core_document WHERE reference = ANY(@reference)
        ORDER BY reference FOR NO KEY UPDATE
        """;

    private const string StoredChecksums = """
        SELECT d.reference, v.version_no, v.checksum
        FROM unnest(@reference, @version) k(reference, version_no)
        JOIN core_document d ON d.reference = k.reference
        JOIN core_document_version v ON v.document_id = d.id AND v.version_no = k.version_no
        """;

    private const string CopyVersions = """
        COPY core_document_version
            (document_id, version_no, function, received_at, source_interface, client_key, canonical_form, checksum, document_json)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyEvents = "COPY core_document_event (document_id, version_no, at, kind) FROM STDIN (FORMAT BINARY)";

    private const string UpdateHeads = """
        UPDATE core_document d
        SET current_version = GREATEST(d.current_version, h.highest),
            status = CASE WHEN h.cancels THEN 'Cancelled' ELSE d.status END
        FROM unnest(@id, @highest, @cancels) h(id, highest, cancels)
        WHERE d.id = h.id
        """;

    /// <summary>Writes <paramref name="versions"/> (unique, ordered by reference then number).</summary>
    public static async Task<(int Inserted, IReadOnlyList<IngestConflict> Conflicts)> WriteAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<StagedVersion> versions, CancellationToken cancellationToken)
    {
        var postgres = (NpgsqlConnection)connection;
        var tx = (NpgsqlTransaction)transaction;
        var documents = new Dictionary<string, Head>(StringComparer.Ordinal);
        await CreateDocumentsAsync(postgres, tx, versions, documents, cancellationToken);
        var stored = await LockExistingAsync(postgres, tx, versions, documents, cancellationToken);

        var fresh = new List<(long Document, StagedVersion Version)>(versions.Count);
        var conflicts = new List<IngestConflict>();
        foreach (var v in versions)
        {
            var head = documents.GetValueOrDefault(v.Reference)
                ?? throw new InvalidOperationException($"The first version saved for {v.Reference} carries no document.");
            if (stored.TryGetValue((v.Reference, v.Number), out var checksum))
            {
                if (checksum != v.Checksum)
                {
                    conflicts.Add(new IngestConflict(v.Reference, v.Number));
                }

                continue;
            }

            fresh.Add((head.Id, v));
            head.Note(v);
        }

        await PostgresCopy.VersionsAsync(postgres, CopyVersions, fresh, cancellationToken);
        fresh.Sort((a, b) => a.Document != b.Document ? a.Document.CompareTo(b.Document) : a.Version.Number.CompareTo(b.Version.Number));
        await PostgresCopy.EventsAsync(postgres, CopyEvents, fresh, cancellationToken);
        await MoveHeadsAsync(postgres, tx, documents.Values, cancellationToken);
        return (fresh.Count, conflicts);
    }

    private static async Task CreateDocumentsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StagedVersion> versions,
        Dictionary<string, Head> documents, CancellationToken cancellationToken)
    {
        // The batch is ordered by reference then number, so a reference's first row is its lowest version.
        var firsts = versions.Where((v, i) => v.Json is not null && (i == 0 || versions[i - 1].Reference != v.Reference)).ToArray();
        if (firsts.Length == 0)
        {
            return;
        }

        await using var insert = new NpgsqlCommand(InsertDocuments, connection, transaction);
        insert.Parameters.Add(Array("kind", firsts.Select(v => v.Kind!), NpgsqlDbType.Text));
        insert.Parameters.Add(Array("reference", firsts.Select(v => v.Reference), NpgsqlDbType.Text));
        insert.Parameters.Add(Array("mode", firsts.Select(v => v.Mode), NpgsqlDbType.Text));
        insert.Parameters.Add(Array("source", firsts.Select(v => v.Source), NpgsqlDbType.Text));
        insert.Parameters.Add(Array("client", firsts.Select(v => v.ClientKey), NpgsqlDbType.Text));
        insert.Parameters.Add(Array("version", firsts.Select(v => v.Number), NpgsqlDbType.Integer));
        insert.Parameters.Add(Array("status", firsts.Select(v => v.Status), NpgsqlDbType.Text));
        insert.Parameters.Add(Array("at", firsts.Select(v => (DateTimeOffset)v.ReceivedAt), NpgsqlDbType.TimestampTz));
        var firstNumber = firsts.ToDictionary(v => v.Reference, v => v.Number, StringComparer.Ordinal);
        await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var reference = reader.GetString(1);
            documents[reference] = new Head(reader.GetInt64(0), firstNumber[reference]);
        }
    }

    /// <summary>Locks the documents that existed before this transaction and reads their stored checksums.</summary>
    private static async Task<Dictionary<(string, int), string>> LockExistingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StagedVersion> versions,
        Dictionary<string, Head> documents, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(string, int), string>();
        var existing = versions.Where(v => !documents.ContainsKey(v.Reference)).ToArray();
        if (existing.Length == 0)
        {
            return stored;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var lockDocuments = new NpgsqlBatchCommand(LockDocuments);
        lockDocuments.Parameters.Add(Array("reference", existing.Select(v => v.Reference).Distinct(StringComparer.Ordinal), NpgsqlDbType.Text));
        var checksums = new NpgsqlBatchCommand(StoredChecksums);
        checksums.Parameters.Add(Array("reference", existing.Select(v => v.Reference), NpgsqlDbType.Text));
        checksums.Parameters.Add(Array("version", existing.Select(v => v.Number), NpgsqlDbType.Integer));
        batch.BatchCommands.Add(lockDocuments);
        batch.BatchCommands.Add(checksums);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents[reader.GetString(1)] = new Head(reader.GetInt64(0), reader.GetInt32(2));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        }

        return stored;
    }

    private static async Task MoveHeadsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Head> heads, CancellationToken cancellationToken)
    {
        var moving = heads.Where(h => h.Moves).ToArray();
        if (moving.Length == 0)
        {
            return;
        }

        await using var update = new NpgsqlCommand(UpdateHeads, connection, transaction);
        update.Parameters.Add(Array("id", moving.Select(h => h.Id), NpgsqlDbType.Bigint));
        update.Parameters.Add(Array("highest", moving.Select(h => h.Highest), NpgsqlDbType.Integer));
        update.Parameters.Add(Array("cancels", moving.Select(h => h.Cancels), NpgsqlDbType.Boolean));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Array<T>(string name, IEnumerable<T> values, NpgsqlDbType type) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };

    /// <summary>
    /// A document's head as this transaction found it (locked) or created it, and what the new versions do to it:
    /// the current version becomes the highest, and a cancellation numbered at or above the current version found
    /// cancels (the new versions below it are lower by definition, so the version found decides, as online).
    /// </summary>
    private sealed class Head(long id, int current)
    {
        public long Id { get; } = id;

        public int Highest { get; private set; }

        public bool Cancels { get; private set; }

        public bool Moves => Cancels || Highest > current;

        public void Note(StagedVersion version)
        {
            Highest = Math.Max(Math.Max(Highest, current), version.Number);
            Cancels |= version.Function == "Cancellation" && version.Number >= current;
        }
    }
}
