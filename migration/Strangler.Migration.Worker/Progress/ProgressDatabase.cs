using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Strangler.Migration.Worker.Scheduling;

namespace Strangler.Migration.Worker.Progress;

/// <summary>
/// The progress tables, beside Quartz's in the scheduler's database. Plain SQL that both PostgreSQL and SQLite read
/// (<c>IF NOT EXISTS</c>, <c>ON CONFLICT</c>); times are Unix milliseconds so both store them the same way.
/// </summary>
internal sealed class ProgressDatabase(SchedulerProvider provider, string connectionString)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS backfill_unit (
            unit TEXT NOT NULL PRIMARY KEY,
            state TEXT NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            started_ms BIGINT NOT NULL,
            updated_ms BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS backfill_chunk (
            chunk_id TEXT NOT NULL PRIMARY KEY,
            unit TEXT NOT NULL,
            source_interface TEXT NOT NULL,
            day TEXT NOT NULL,
            state TEXT NOT NULL,
            documents BIGINT NOT NULL DEFAULT 0,
            inserted BIGINT NOT NULL DEFAULT 0,
            skipped BIGINT NOT NULL DEFAULT 0,
            conflicts BIGINT NOT NULL DEFAULT 0,
            quarantined BIGINT NOT NULL DEFAULT 0,
            legacy_read_ms BIGINT NOT NULL DEFAULT 0,
            elapsed_ms BIGINT NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            worker TEXT NULL,
            last_error TEXT NULL,
            started_ms BIGINT NULL,
            finished_ms BIGINT NULL);
        CREATE INDEX IF NOT EXISTS ix_backfill_chunk_unit_state ON backfill_chunk (unit, state);
        CREATE INDEX IF NOT EXISTS ix_backfill_chunk_unit_finished ON backfill_chunk (unit, finished_ms);
        """;

    public SchedulerProvider Provider { get; } = provider;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Provider == SchedulerProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Creates the progress tables when missing; several nodes may do so at once.</summary>
    public async Task CreateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (Provider == SchedulerProvider.Sqlite)
        {
            // The worker's threads and Quartz write the same file; WAL lets readers run beside a writer.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        }
        else
        {
            // Two nodes starting together would race on CREATE TABLE IF NOT EXISTS (a unique-violation in pg_type).
            await connection.ExecuteAsync("SELECT pg_advisory_lock(7007007)");
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(Schema, cancellationToken: cancellationToken));
        }
        finally
        {
            if (Provider == SchedulerProvider.Postgres)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(7007007)");
            }
        }
    }
}
