using Dapper;
using Npgsql;
using Strangler.Core.Store.Database;
using Strangler.Migration.Backfill;
using Strangler.Testing;

namespace Strangler.Migration.Crash.Tests.Support;

/// <summary>
/// Two fresh PostgreSQL databases for one test: the new core (migrated with the backfill's tables before any worker
/// starts) and the scheduler (Quartz's tables and the worker's progress tables, created by the first worker).
/// </summary>
internal sealed class BackfillDatabases : IAsyncDisposable
{
    private readonly PostgresDatabaseFixture _core = new();
    private readonly PostgresDatabaseFixture _scheduler = new();

    private BackfillDatabases()
    {
    }

    public string CoreConnectionString => _core.ConnectionString;

    public string SchedulerConnectionString => _scheduler.ConnectionString;

    public static async Task<BackfillDatabases> CreateAsync()
    {
        var databases = new BackfillDatabases();
        await databases._core.InitializeAsync();
        await databases._scheduler.InitializeAsync();
        using var core = databases.Core();
        await BackfillSchema.MigrateAsync(core);
        return databases;
    }

    public CoreDatabase Core() => new(CoreStoreProvider.Postgres, CoreConnectionString);

    /// <summary>
    /// A worker's environment: Quartz clustered on the scheduler database with a 1 s check-in, the engine writing the
    /// core; <paramref name="misfireThreshold"/> is how late a check-in may be before another node recovers the chunks.
    /// </summary>
    public Dictionary<string, string> WorkerEnvironment(IReadOnlyDictionary<string, string> legacy, int concurrency, TimeSpan misfireThreshold)
    {
        var environment = new Dictionary<string, string>(legacy)
        {
            ["Migration__Scheduler__Provider"] = "Postgres",
            ["Migration__Scheduler__ConnectionString"] = SchedulerConnectionString,
            ["Migration__Scheduler__Concurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Migration__Scheduler__IdleWaitTime"] = "00:00:01",
            ["Migration__Scheduler__ClusterCheckinInterval"] = "00:00:01",
            ["Migration__Scheduler__ClusterCheckinMisfireThreshold"] = misfireThreshold.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Migration__Core__Provider"] = "Postgres",
            ["Migration__Core__ConnectionString"] = CoreConnectionString,
            ["Admin__Users__0__Name"] = "crash-operator",
            ["Admin__Users__0__Role"] = Strangler.ServiceDefaults.Admin.AdminRoles.Operator,
            ["Admin__Users__0__TokenSha256"] = Strangler.ServiceDefaults.Admin.AdminAuthentication.HashOf(WorkerProcess.OperatorToken),
        };
        return environment;
    }

    /// <summary>Quartz node ids that have checked in and not been removed as failed (empty before the first worker).</summary>
    public async Task<IReadOnlyList<string>> CheckedInNodesAsync()
    {
        await using var connection = await _scheduler.OpenConnectionAsync();
        if (!await TableExistsAsync(connection, "qrtz_scheduler_state"))
        {
            return [];
        }

        return [.. await connection.QueryAsync<string>("SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name")];
    }

    /// <summary>The progress rows of every chunk (the scheduler database's <c>backfill_chunk</c>).</summary>
    public async Task<IReadOnlyList<ChunkRow>> ChunksAsync()
    {
        await using var connection = await _scheduler.OpenConnectionAsync();
        if (!await TableExistsAsync(connection, "backfill_chunk"))
        {
            return [];
        }

        return [.. await connection.QueryAsync<ChunkRow>(
            "SELECT chunk_id AS ChunkId, unit AS Unit, state AS State, attempts AS Attempts, failures AS Failures, worker AS Worker FROM backfill_chunk ORDER BY chunk_id")];
    }

    /// <summary>Unit states from <c>backfill_unit</c>.</summary>
    public async Task<IReadOnlyDictionary<string, string>> UnitStatesAsync()
    {
        await using var connection = await _scheduler.OpenConnectionAsync();
        if (!await TableExistsAsync(connection, "backfill_unit"))
        {
            return new Dictionary<string, string>();
        }

        return (await connection.QueryAsync<(string Unit, string State)>("SELECT unit, state FROM backfill_unit")).ToDictionary(r => r.Unit, r => r.State);
    }

    /// <summary>Quartz's view: fired triggers still recorded (an executing chunk, or one a dead node left behind).</summary>
    public async Task<long> FiredTriggersAsync()
    {
        await using var connection = await _scheduler.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qrtz_fired_triggers");
    }

    /// <summary>The core's own counts, for the no-duplicate checks.</summary>
    public async Task<CoreCounts> CoreCountsAsync()
    {
        await using var connection = new NpgsqlConnection(CoreConnectionString);
        await connection.OpenAsync();
        return await connection.QuerySingleAsync<CoreCounts>("""
            SELECT
              (SELECT COUNT(*) FROM core_document) AS Documents,
              (SELECT COUNT(DISTINCT reference) FROM core_document) AS DistinctReferences,
              (SELECT COUNT(*) FROM core_document_version) AS Versions,
              (SELECT COUNT(*) FROM (SELECT DISTINCT d.reference, v.version_no FROM core_document_version v
                  JOIN core_document d ON d.id = v.document_id) x) AS DistinctReferenceVersions,
              (SELECT COUNT(*) FROM core_document_event) AS Events,
              (SELECT COUNT(*) FROM (SELECT document_id, version_no FROM core_document_event
                  GROUP BY document_id, version_no HAVING COUNT(*) > 1) x) AS VersionsWithSeveralEvents,
              (SELECT COUNT(*) FROM core_document_version v WHERE NOT EXISTS (SELECT 1 FROM core_document_event e
                  WHERE e.document_id = v.document_id AND e.version_no = v.version_no)) AS VersionsWithoutEvent,
              (SELECT COUNT(*) FROM core_document d WHERE d.current_version <> (SELECT MAX(v.version_no)
                  FROM core_document_version v WHERE v.document_id = d.id)) AS HeadsNotAtLatestVersion,
              (SELECT COUNT(*) FROM migration_checkpoint) AS Checkpoints,
              (SELECT COUNT(DISTINCT chunk_id) FROM migration_checkpoint) AS DistinctCheckpointChunks,
              (SELECT COALESCE(SUM(inserted), 0) FROM migration_checkpoint) AS CheckpointInserted,
              (SELECT COALESCE(SUM(skipped), 0) FROM migration_checkpoint) AS CheckpointSkipped,
              (SELECT COALESCE(SUM(conflicts), 0) FROM migration_checkpoint) AS CheckpointConflicts,
              (SELECT COUNT(*) FROM migration_conflict) AS Conflicts,
              (SELECT COUNT(*) FROM migration_quarantine) AS Quarantined
            """);
    }

    /// <summary>The chunk ids that have a checkpoint in the core.</summary>
    public async Task<IReadOnlyList<string>> CheckpointChunkIdsAsync()
    {
        await using var connection = new NpgsqlConnection(CoreConnectionString);
        await connection.OpenAsync();
        return [.. await connection.QueryAsync<string>("SELECT chunk_id FROM migration_checkpoint ORDER BY chunk_id")];
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _core.DisposeAsync();
        await _scheduler.DisposeAsync();
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table) =>
        await connection.ExecuteScalarAsync<bool>("SELECT to_regclass(@table) IS NOT NULL", new { table });
}
