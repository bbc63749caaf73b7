using System.Data.Common;
using System.Globalization;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Ingest;
using Strangler.Core.Store.Database;
using Strangler.Migration.Legacy;

namespace Strangler.Migration.Backfill;

/// <summary>
/// The backfill's statements on its own tables, run inside the ingest's transaction. Plain SQL with <c>ON CONFLICT</c>
/// (SQLite and PostgreSQL), so a re-run adds no row: a quarantined record is one row per (interface, legacy key), a
/// conflict one row per (reference, version) keeping when it was first seen.
/// </summary>
internal static class BackfillRecords
{
    // inserted accumulates over runs; skipped is what the chunk found already stored before the backfill first wrote it,
    // so a re-run that finds everything in place leaves both as the first run left them.
    private const string Checkpoint = """
        INSERT INTO migration_checkpoint
            (chunk_id, unit, interface, day, completed_at, documents, inserted, skipped, conflicts, quarantined, legacy_watermark)
        VALUES (@ChunkId, @Unit, @Interface, @Day, @CompletedAt, @Documents, @Inserted, @Skipped, @Conflicts, @Quarantined, @Watermark)
        ON CONFLICT (chunk_id) DO UPDATE SET
            completed_at = excluded.completed_at,
            documents = excluded.documents,
            inserted = migration_checkpoint.inserted + excluded.inserted,
            skipped = excluded.skipped - migration_checkpoint.inserted,
            conflicts = excluded.conflicts,
            quarantined = excluded.quarantined,
            legacy_watermark = excluded.legacy_watermark
        """;

    private const string Quarantine = """
        INSERT INTO migration_quarantine (interface, legacy_key, day, reason, chunk_id, first_seen, last_seen, unit)
        VALUES (@Interface, @LegacyKey, @Day, @Reason, @ChunkId, @Seen, @Seen, @Unit)
        ON CONFLICT (interface, legacy_key) DO UPDATE SET
            day = excluded.day, reason = excluded.reason, chunk_id = excluded.chunk_id, last_seen = excluded.last_seen,
            unit = excluded.unit
        """;

    private const string Conflict = """
        INSERT INTO migration_conflict (reference, version_no, chunk_id, seen_at)
        VALUES (@Reference, @VersionNumber, @ChunkId, @Seen)
        ON CONFLICT (reference, version_no) DO NOTHING
        """;

    public static Task CheckpointAsync(
        DbConnection connection, DbTransaction transaction, CoreStoreProvider provider, BackfillChunk chunk, int documents,
        IngestResult ingested, int quarantined, DateTimeOffset? watermark, DateTimeOffset now) =>
        connection.ExecuteAsync(Checkpoint, new
        {
            ChunkId = chunk.Id,
            Unit = chunk.Unit.Name(),
            Interface = chunk.Interface.ToString(),
            Day = Day(chunk.Day),
            CompletedAt = StoredTime.Write(provider, now),
            Documents = documents,
            ingested.Inserted,
            ingested.Skipped,
            Conflicts = ingested.Conflicts.Count,
            Quarantined = quarantined,
            Watermark = watermark is { } w ? StoredTime.Write(provider, w) : null,
        }, transaction);

    public static async Task QuarantineAsync(
        DbConnection connection, DbTransaction transaction, CoreStoreProvider provider, CutoverUnit unit, string chunkId,
        IReadOnlyList<QuarantinedRecord> records, DateTimeOffset now)
    {
        var seen = StoredTime.Write(provider, now);
        foreach (var record in records)
        {
            await connection.ExecuteAsync(Quarantine, new
            {
                Interface = record.Interface.ToString(),
                record.LegacyKey,
                Day = record.Day is { } day ? Day(day) : null,
                record.Reason,
                ChunkId = chunkId,
                Seen = seen,
                Unit = unit.Name(),
            }, transaction);
        }
    }

    public static async Task ConflictsAsync(
        DbConnection connection, DbTransaction transaction, CoreStoreProvider provider, string chunkId,
        IReadOnlyList<IngestConflict> conflicts, DateTimeOffset now)
    {
        var seen = StoredTime.Write(provider, now);
        foreach (var conflict in conflicts)
        {
            await connection.ExecuteAsync(Conflict, new { conflict.Reference, conflict.VersionNumber, ChunkId = chunkId, Seen = seen }, transaction);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
