using System.Globalization;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Store.Database;

namespace Strangler.Migration.Reconciliation;

/// <summary>
/// The reconciliation runs and quarantine acceptances in the core's database (beside the checkpoints). Plain SQL that
/// SQLite and PostgreSQL both read; times through <see cref="StoredTime"/>.
/// </summary>
public sealed class ReconciliationStore(CoreDatabase core)
{
    private const string Columns = """
        run_id AS RunId, unit AS Unit, scope AS Scope, chunk_id AS ChunkId, run_trigger AS Trigger, first_day AS FirstDay,
        last_day AS LastDay, started_at AS StartedAt, finished_at AS FinishedAt, legacy_records AS LegacyRecords,
        core_records AS CoreRecords, missing AS Missing, extra AS Extra, differing AS Differing, duplicates AS Duplicates,
        quarantined AS Quarantined, quarantine_accepted AS QuarantineAccepted, catchup_inserted AS CatchUpInserted,
        catchup_watermark AS CatchUpWatermark, rounds AS Rounds, outcome AS Outcome
        """;

    public async Task SaveAsync(ReconciliationRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await core.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO migration_reconciliation (run_id, unit, scope, chunk_id, run_trigger, first_day, last_day, started_at,
                finished_at, legacy_records, core_records, missing, extra, differing, duplicates, quarantined,
                quarantine_accepted, catchup_inserted, catchup_watermark, rounds, outcome, detail)
            VALUES (@RunId, @Unit, @Scope, @ChunkId, @Trigger, @FirstDay, @LastDay, @StartedAt, @FinishedAt, @LegacyRecords,
                @CoreRecords, @Missing, @Extra, @Differing, @Duplicates, @Quarantined, @QuarantineAccepted, @CatchUpInserted,
                @CatchUpWatermark, @Rounds, @Outcome, @Detail)
            """, new
        {
            run.RunId,
            run.Unit,
            run.Scope,
            run.ChunkId,
            run.Trigger,
            FirstDay = Day(run.FirstDay),
            LastDay = Day(run.LastDay),
            StartedAt = StoredTime.Write(core.Provider, run.StartedAt),
            FinishedAt = StoredTime.Write(core.Provider, run.FinishedAt),
            run.LegacyRecords,
            run.CoreRecords,
            run.Missing,
            run.Extra,
            run.Differing,
            run.Duplicates,
            run.Quarantined,
            run.QuarantineAccepted,
            run.CatchUpInserted,
            CatchUpWatermark = run.CatchUpWatermark is { } w ? StoredTime.Write(core.Provider, w) : null,
            run.Rounds,
            run.Outcome,
            run.Detail,
        }, cancellationToken: cancellationToken));
    }

    /// <summary>The unit's runs of a scope (or of both), newest first.</summary>
    public async Task<IReadOnlyList<ReconciliationRun>> RunsAsync(CutoverUnit unit, string? scope, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await core.OpenAsync(cancellationToken);
        var filter = scope is null ? "" : " AND scope = @scope";
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"""
            SELECT {Columns}, NULL AS Detail FROM migration_reconciliation WHERE unit = @unit{filter}
            ORDER BY finished_at DESC, run_id DESC LIMIT @limit
            """, new { unit = unit.Name(), scope, limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRun())];
    }

    public async Task<ReconciliationRun?> RunAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await core.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns}, detail AS Detail FROM migration_reconciliation WHERE run_id = @runId",
            new { runId }, cancellationToken: cancellationToken));
        return row?.ToRun();
    }

    /// <summary>Chunks of the unit with a reconciliation run, and how many of them found differences in their latest run.</summary>
    public async Task<(int Chunks, int WithDifferences)> ChunkSummaryAsync(CutoverUnit unit, CancellationToken cancellationToken = default)
    {
        await using var connection = await core.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long Chunks, long WithDifferences)>(new CommandDefinition("""
            SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.outcome <> @reconciled THEN 1 ELSE 0 END), 0)
            FROM migration_reconciliation r
            WHERE r.unit = @unit AND r.scope = @scope AND r.run_id = (
                SELECT x.run_id FROM migration_reconciliation x WHERE x.chunk_id = r.chunk_id
                ORDER BY x.finished_at DESC, x.run_id DESC LIMIT 1)
            """, new { unit = unit.Name(), scope = ReconciliationScope.Chunk, reconciled = ReconciliationOutcome.Reconciled },
            cancellationToken: cancellationToken));
        return ((int)row.Chunks, (int)row.WithDifferences);
    }

    /// <summary>Where the unit's next catch-up starts: the newest watermark a unit run recorded, or null.</summary>
    public async Task<DateTimeOffset?> CatchUpWatermarkAsync(CutoverUnit unit, CancellationToken cancellationToken = default)
    {
        await using var connection = await core.OpenAsync(cancellationToken);
        var value = await connection.ExecuteScalarAsync<object?>(new CommandDefinition("""
            SELECT MAX(catchup_watermark) FROM migration_reconciliation WHERE unit = @unit AND scope = @scope
            """, new { unit = unit.Name(), scope = ReconciliationScope.Unit }, cancellationToken: cancellationToken));
        return value is null or DBNull ? null : StoredTime.Read(value);
    }

    /// <summary>The quarantined records of the unit (as the backfill and catch-up stored them), each with its acceptance if any.</summary>
    public async Task<IReadOnlyList<QuarantineEntry>> QuarantineAsync(CutoverUnit unit, CancellationToken cancellationToken = default)
    {
        await using var connection = await core.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<QuarantineRow>(new CommandDefinition("""
            SELECT q.interface AS Interface, q.legacy_key AS LegacyKey, q.day AS Day, q.reason AS Reason, q.chunk_id AS ChunkId,
                q.first_seen AS FirstSeen, q.last_seen AS LastSeen, a.why AS Why, a.accepted_by AS AcceptedBy, a.accepted_at AS AcceptedAt
            FROM migration_quarantine q
            LEFT JOIN migration_quarantine_acceptance a ON a.interface = q.interface AND a.legacy_key = q.legacy_key
            WHERE q.unit = @unit
            ORDER BY q.day, q.interface, q.legacy_key
            """, new { unit = unit.Name() }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new QuarantineEntry(r.Interface, r.LegacyKey, r.Day is null ? null : ParseDay(r.Day), r.Reason, r.ChunkId,
            StoredTime.Read(r.FirstSeen), StoredTime.Read(r.LastSeen),
            r.Why is null ? null : new QuarantineAcceptance(r.Why, r.AcceptedBy!, StoredTime.Read(r.AcceptedAt!))))];
    }

    /// <summary>Every accepted (interface, legacy key).</summary>
    public async Task<IReadOnlySet<(string Interface, string LegacyKey)>> AcceptedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await core.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string, string)>(new CommandDefinition(
            "SELECT interface, legacy_key FROM migration_quarantine_acceptance", cancellationToken: cancellationToken));
        return rows.ToHashSet();
    }

    /// <summary>
    /// Records that a quarantined record is accepted as an explained difference (why, by whom, when). False when no such
    /// record is quarantined for the unit (nothing written). Accepting again replaces the reason.
    /// </summary>
    public async Task<bool> AcceptAsync(
        CutoverUnit unit, string sourceInterface, string legacyKey, string why, string acceptedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await core.OpenAsync(cancellationToken);
        var written = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO migration_quarantine_acceptance (interface, legacy_key, why, accepted_by, accepted_at)
            SELECT q.interface, q.legacy_key, @why, @acceptedBy, @at FROM migration_quarantine q
            WHERE q.unit = @unit AND q.interface = @sourceInterface AND q.legacy_key = @legacyKey
            ON CONFLICT (interface, legacy_key) DO UPDATE SET
                why = excluded.why, accepted_by = excluded.accepted_by, accepted_at = excluded.accepted_at
            """, new { unit = unit.Name(), sourceInterface, legacyKey, why, acceptedBy, at = StoredTime.Write(core.Provider, at) },
            cancellationToken: cancellationToken));
        return written > 0;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Settable properties: the providers return different numeric and time types.
    private sealed class Row
    {
        public string RunId { get; set; } = "";
        public string Unit { get; set; } = "";
        public string Scope { get; set; } = "";
        public string? ChunkId { get; set; }
        public string Trigger { get; set; } = "";
        public string FirstDay { get; set; } = "";
        public string LastDay { get; set; } = "";
        public object StartedAt { get; set; } = "";
        public object FinishedAt { get; set; } = "";
        public long LegacyRecords { get; set; }
        public long CoreRecords { get; set; }
        public long Missing { get; set; }
        public long Extra { get; set; }
        public long Differing { get; set; }
        public long Duplicates { get; set; }
        public long Quarantined { get; set; }
        public long QuarantineAccepted { get; set; }
        public long CatchUpInserted { get; set; }
        public object? CatchUpWatermark { get; set; }
        public long Rounds { get; set; }
        public string Outcome { get; set; } = "";
        public string? Detail { get; set; }

        public ReconciliationRun ToRun() => new(
            RunId, Unit, Scope, ChunkId, Trigger, ParseDay(FirstDay), ParseDay(LastDay), StoredTime.Read(StartedAt), StoredTime.Read(FinishedAt),
            (int)LegacyRecords, (int)CoreRecords, (int)Missing, (int)Extra, (int)Differing, (int)Duplicates, (int)Quarantined,
            (int)QuarantineAccepted, (int)CatchUpInserted, CatchUpWatermark is null or DBNull ? null : StoredTime.Read(CatchUpWatermark),
            (int)Rounds, Outcome, Detail);
    }

    private sealed class QuarantineRow
    {
        public string Interface { get; set; } = "";
        public string LegacyKey { get; set; } = "";
        public string? Day { get; set; }
        public string Reason { get; set; } = "";
        public string ChunkId { get; set; } = "";
        public object FirstSeen { get; set; } = "";
        public object LastSeen { get; set; } = "";
        public string? Why { get; set; }
        public string? AcceptedBy { get; set; }
        public object? AcceptedAt { get; set; }
    }
}
