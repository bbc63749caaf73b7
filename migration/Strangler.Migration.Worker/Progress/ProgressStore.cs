using System.Globalization;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Migration.Backfill;

namespace Strangler.Migration.Worker.Progress;

/// <summary>Reads and writes the progress tables: the plan, each chunk's runs, each unit's state.</summary>
internal sealed class ProgressStore(ProgressDatabase database, TimeProvider clock)
{
    private long NowMs => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>A new plan: the unit running over [first, last], its chunks scheduled (earlier rows of the unit replaced).</summary>
    public async Task PlanAsync(CutoverUnit unit, DateOnly first, DateOnly last, IReadOnlyList<BackfillChunk> chunks, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var now = NowMs;
        await connection.ExecuteAsync("DELETE FROM backfill_chunk WHERE unit = @unit", new { unit = unit.Name() }, transaction);
        await connection.ExecuteAsync("""
            INSERT INTO backfill_unit (unit, state, first_day, last_day, started_ms, updated_ms)
            VALUES (@unit, @state, @first, @last, @now, @now)
            ON CONFLICT (unit) DO UPDATE SET state = excluded.state, first_day = excluded.first_day,
                last_day = excluded.last_day, started_ms = excluded.started_ms, updated_ms = excluded.updated_ms
            """, new { unit = unit.Name(), state = UnitState.Running, first = DayText(first), last = DayText(last), now }, transaction);
        await connection.ExecuteAsync("""
            INSERT INTO backfill_chunk (chunk_id, unit, source_interface, day, state)
            VALUES (@ChunkId, @Unit, @Interface, @Day, @State)
            """,
            chunks.Select(c => new { ChunkId = c.Id, Unit = unit.Name(), Interface = c.Interface.ToString(), Day = DayText(c.Day), State = ChunkState.Scheduled }),
            transaction);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Every chunk of the unit back to scheduled for a re-run (attempts and last errors kept); the unit running.</summary>
    public async Task ReplanAsync(CutoverUnit unit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync("UPDATE backfill_chunk SET state = @state WHERE unit = @unit",
            new { unit = unit.Name(), state = ChunkState.Scheduled }, transaction);
        await SetStateAsync(connection, transaction, unit, UnitState.Running);
        await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<BackfillChunk>> ChunksAsync(CutoverUnit unit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Interface, string Day)>(new CommandDefinition(
            "SELECT source_interface, day FROM backfill_chunk WHERE unit = @unit ORDER BY day, source_interface",
            new { unit = unit.Name() }, cancellationToken: ct));
        return [.. rows.Select(r => new BackfillChunk(unit, Enum.Parse<Core.Model.Documents.SourceInterface>(r.Interface), ParseDay(r.Day)))];
    }

    public async Task<string> StateAsync(CutoverUnit unit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT state FROM backfill_unit WHERE unit = @unit", new { unit = unit.Name() }, cancellationToken: ct)) ?? UnitState.Idle;
    }

    /// <summary>Sets the unit's state; for cancel also marks the chunks not yet run as cancelled.</summary>
    public async Task ChangeStateAsync(CutoverUnit unit, string state, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (state == UnitState.Cancelled)
        {
            await connection.ExecuteAsync("UPDATE backfill_chunk SET state = @cancelled WHERE unit = @unit AND state = @scheduled",
                new { unit = unit.Name(), cancelled = ChunkState.Cancelled, scheduled = ChunkState.Scheduled }, transaction);
        }

        await SetStateAsync(connection, transaction, unit, state);
        await transaction.CommitAsync(ct);
    }

    public async Task ChunkStartedAsync(BackfillChunk chunk, string worker, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE backfill_chunk SET state = @running, attempts = attempts + 1, worker = @worker, started_ms = @now, finished_ms = NULL
            WHERE chunk_id = @id
            """, new { id = chunk.Id, running = ChunkState.Running, worker, now = NowMs }, cancellationToken: ct));
    }

    /// <summary>The unit's plan (days, state, when the state last changed), or null when it never had one.</summary>
    public async Task<UnitPlan?> PlanOfAsync(CutoverUnit unit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await UnitRowAsync(connection, unit, ct);
        return row is null ? null : new UnitPlan(row.State, ParseDay(row.FirstDay), ParseDay(row.LastDay), DateTimeOffset.FromUnixTimeMilliseconds(row.UpdatedMs));
    }

    /// <summary>Records the chunk done; true when it was the unit's last one (the unit is now completed).</summary>
    public async Task<bool> ChunkDoneAsync(ChunkOutcome outcome, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE backfill_chunk SET state = @done, documents = @Documents, inserted = @Inserted, skipped = @Skipped,
                conflicts = @Conflicts, quarantined = @Quarantined, legacy_read_ms = @LegacyReadMs, elapsed_ms = @ElapsedMs,
                finished_ms = @now
            WHERE chunk_id = @id
            """, new
        {
            id = outcome.Chunk.Id,
            done = ChunkState.Done,
            outcome.Documents,
            outcome.Inserted,
            outcome.Skipped,
            outcome.Conflicts,
            outcome.Quarantined,
            LegacyReadMs = (long)outcome.LegacyRead.TotalMilliseconds,
            ElapsedMs = (long)outcome.Elapsed.TotalMilliseconds,
            now = NowMs,
        }, cancellationToken: CancellationToken.None));
        return await CompleteIfFinishedAsync(connection, outcome.Chunk.Unit, NowMs);
    }

    /// <summary>Records the chunk failed; true when it was the unit's last one (the unit is now completed).</summary>
    public async Task<bool> ChunkFailedAsync(BackfillChunk chunk, string error, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE backfill_chunk SET state = @failed, failures = failures + 1, last_error = @error, finished_ms = @now
            WHERE chunk_id = @id
            """, new { id = chunk.Id, failed = ChunkState.Failed, error, now = NowMs }, cancellationToken: ct));
        return await CompleteIfFinishedAsync(connection, chunk.Unit, NowMs);
    }

    /// <summary>A run stopped before its end: cancelled when the unit was, else scheduled again (Quartz hands it back).</summary>
    public async Task ChunkInterruptedAsync(BackfillChunk chunk)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("""
            UPDATE backfill_chunk SET state = CASE WHEN EXISTS (
                SELECT 1 FROM backfill_unit WHERE unit = @unit AND state = @unitCancelled) THEN @cancelled ELSE @scheduled END
            WHERE chunk_id = @id
            """, new { id = chunk.Id, unit = chunk.Unit.Name(), unitCancelled = UnitState.Cancelled, cancelled = ChunkState.Cancelled, scheduled = ChunkState.Scheduled });
    }

    public async Task<UnitProgress> ProgressAsync(CutoverUnit unit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await UnitRowAsync(connection, unit, ct);
        if (row is null)
        {
            return new UnitProgress(unit.Name(), UnitState.Idle, null, null, 0, 0, 0, 0, 0, 0, null, null, 0, null);
        }

        var since = NowMs - (long)ProgressEstimate.Window.TotalMilliseconds;
        var counts = await connection.QuerySingleAsync<CountRow>(new CommandDefinition($"""
            SELECT COUNT(*) AS Planned,
                COALESCE(SUM(CASE WHEN state = '{ChunkState.Done}' THEN 1 ELSE 0 END), 0) AS Done,
                COALESCE(SUM(CASE WHEN state = '{ChunkState.Failed}' THEN 1 ELSE 0 END), 0) AS Failed,
                COALESCE(SUM(CASE WHEN state = '{ChunkState.Running}' THEN 1 ELSE 0 END), 0) AS Running,
                COALESCE(SUM(CASE WHEN state = '{ChunkState.Scheduled}' THEN 1 ELSE 0 END), 0) AS Waiting,
                COALESCE(SUM(CASE WHEN state = '{ChunkState.Done}' THEN documents ELSE 0 END), 0) AS Records,
                COALESCE(SUM(failures), 0) AS Errors,
                COALESCE(SUM(CASE WHEN state = '{ChunkState.Done}' AND finished_ms >= @since THEN documents ELSE 0 END), 0) AS RecordsInWindow,
                COALESCE(SUM(CASE WHEN state IN ('{ChunkState.Done}', '{ChunkState.Failed}') AND finished_ms >= @since THEN 1 ELSE 0 END), 0) AS ChunksInWindow
            FROM backfill_chunk WHERE unit = @unit
            """, new { unit = unit.Name(), since }, cancellationToken: ct));
        var left = (int)(counts.Running + counts.Waiting);
        return new UnitProgress(
            unit.Name(), row.State, ParseDay(row.FirstDay), ParseDay(row.LastDay),
            (int)counts.Planned, (int)counts.Done, (int)counts.Failed, (int)counts.Running, counts.Records, counts.Errors,
            Time(row.StartedMs), Time(row.UpdatedMs),
            ProgressEstimate.Rate(counts.RecordsInWindow),
            ProgressEstimate.RemainingSeconds(left, (int)counts.Done, counts.Records, counts.RecordsInWindow, (int)counts.ChunksInWindow));
    }

    public async Task<IReadOnlyList<ChunkProgress>> ChunkProgressAsync(CutoverUnit unit, string? state, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var filter = state is null ? "" : " AND state = @state";
        var rows = await connection.QueryAsync<ChunkRow>(new CommandDefinition($"""
            SELECT chunk_id AS ChunkId, source_interface AS Interface, day AS Day, state AS State, documents AS Documents,
                inserted AS Inserted, skipped AS Skipped, conflicts AS Conflicts, quarantined AS Quarantined,
                legacy_read_ms AS LegacyReadMs, elapsed_ms AS ElapsedMs, attempts AS Attempts, failures AS Failures,
                worker AS Worker, last_error AS LastError, started_ms AS StartedMs, finished_ms AS FinishedMs
            FROM backfill_chunk WHERE unit = @unit{filter} ORDER BY day, source_interface
            """, new { unit = unit.Name(), state }, cancellationToken: ct));
        return [.. rows.Select(r => new ChunkProgress(r.ChunkId, r.Interface, ParseDay(r.Day), r.State, r.Documents, r.Inserted, r.Skipped,
            r.Conflicts, r.Quarantined, r.LegacyReadMs, r.ElapsedMs, (int)r.Attempts, (int)r.Failures, r.Worker, r.LastError,
            Time(r.StartedMs), Time(r.FinishedMs)))];
    }

    private static Task<UnitRow?> UnitRowAsync(System.Data.Common.DbConnection connection, CutoverUnit unit, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<UnitRow>(new CommandDefinition(
            "SELECT state, first_day AS FirstDay, last_day AS LastDay, started_ms AS StartedMs, updated_ms AS UpdatedMs FROM backfill_unit WHERE unit = @unit",
            new { unit = unit.Name() }, cancellationToken: ct));

    private Task SetStateAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, CutoverUnit unit, string state) =>
        connection.ExecuteAsync("UPDATE backfill_unit SET state = @state, updated_ms = @now WHERE unit = @unit",
            new { unit = unit.Name(), state, now = NowMs }, transaction);

    // Runs after the chunk's own row is committed, so the last chunk to finish always sees the others finished.
    private static async Task<bool> CompleteIfFinishedAsync(System.Data.Common.DbConnection connection, CutoverUnit unit, long now) =>
        await connection.ExecuteAsync("""
            UPDATE backfill_unit SET state = @completed, updated_ms = @now
            WHERE unit = @unit AND state = @running
              AND NOT EXISTS (SELECT 1 FROM backfill_chunk WHERE unit = @unit AND state IN (@scheduled, @chunkRunning))
            """, new
        {
            unit = unit.Name(),
            completed = UnitState.Completed,
            running = UnitState.Running,
            scheduled = ChunkState.Scheduled,
            chunkRunning = ChunkState.Running,
            now,
        }) > 0;

    private static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(long? ms) => ms is { } value ? HongKongTime.ToHongKong(DateTimeOffset.FromUnixTimeMilliseconds(value)) : null;

    // Classes with setters rather than records: Dapper converts the providers' numeric types (int4, int8, numeric) on properties.
    private sealed class UnitRow
    {
        public string State { get; set; } = "";
        public string FirstDay { get; set; } = "";
        public string LastDay { get; set; } = "";
        public long StartedMs { get; set; }
        public long UpdatedMs { get; set; }
    }

    private sealed class CountRow
    {
        public long Planned { get; set; }
        public long Done { get; set; }
        public long Failed { get; set; }
        public long Running { get; set; }
        public long Waiting { get; set; }
        public long Records { get; set; }
        public long Errors { get; set; }
        public long RecordsInWindow { get; set; }
        public long ChunksInWindow { get; set; }
    }

    private sealed class ChunkRow
    {
        public string ChunkId { get; set; } = "";
        public string Interface { get; set; } = "";
        public string Day { get; set; } = "";
        public string State { get; set; } = "";
        public long Documents { get; set; }
        public long Inserted { get; set; }
        public long Skipped { get; set; }
        public long Conflicts { get; set; }
        public long Quarantined { get; set; }
        public long LegacyReadMs { get; set; }
        public long ElapsedMs { get; set; }
        public long Attempts { get; set; }
        public long Failures { get; set; }
        public string? Worker { get; set; }
        public string? LastError { get; set; }
        public long? StartedMs { get; set; }
        public long? FinishedMs { get; set; }
    }
}
