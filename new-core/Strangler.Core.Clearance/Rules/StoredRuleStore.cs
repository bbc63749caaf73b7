using System.Data.Common;
using Dapper;
using Strangler.Contracts.Time;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Risk.Rules;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Clearance.Rules;

/// <summary>
/// The rule store on the database: every version and change kept; the current snapshot (rule set and change list)
/// swapped atomically in memory. Other instances sharing the database pick up a change on their next refresh
/// (<see cref="RuleSetPoller"/>). The seed (<see cref="DefaultRuleSet"/>) is stored once, by whichever instance starts first.
/// </summary>
public sealed class StoredRuleStore(CoreDatabase database, TimeProvider clock) : IRiskRuleStore
{
    internal const string SeededBy = "core start-up";
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private volatile Snapshot? _snapshot;

    public RiskRuleSet Current => Loaded().RuleSet;

    public IReadOnlyList<RuleSetChange> Changes => Loaded().Changes;

    /// <summary>Interface form of <see cref="ReplaceAsync"/>; prefer the async one.</summary>
    public RuleSetLoadResult Replace(RiskRuleSet next, string changedBy, string reason) =>
        ReplaceAsync(next, changedBy, reason).GetAwaiter().GetResult() is { Count: > 0 } problems
            ? RuleSetLoadResult.Refused(problems)
            : RuleSetLoadResult.Valid(next);

    /// <summary>
    /// Stores <paramref name="next"/> as the current rule set when it is valid, its version higher than the stored one, and
    /// who and why are given; otherwise stores nothing. Returns every problem; none when the change is applied.
    /// </summary>
    public async Task<IReadOnlyList<RuleSetProblem>> ReplaceAsync(RiskRuleSet next, string changedBy, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        var problems = new List<RuleSetProblem>();
        if (string.IsNullOrWhiteSpace(changedBy))
        {
            problems.Add(new RuleSetProblem("changedBy", "who made the change must be recorded"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new RuleSetProblem("reason", "why the change was made must be recorded"));
        }
        else if (reason.Length > 1000)
        {
            problems.Add(new RuleSetProblem("reason", "must be 1000 characters or fewer"));
        }

        problems.AddRange(RiskRuleSetValidator.Validate(next));
        await EnsureLoadedAsync(cancellationToken);
        var stored = await database.WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction);
            var current = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM core_clearance_rule_set", transaction: transaction);
            if (next.Version <= (current ?? 0))
            {
                problems.Add(new RuleSetProblem("$.version", $"must be higher than the current version {current}"));
            }

            if (problems.Count > 0)
            {
                return false;
            }

            await InsertAsync(connection, transaction, next, changedBy.Trim(), reason.Trim(), current);
            return true;
        }, cancellationToken);
        if (!stored)
        {
            return problems;
        }

        await RefreshAsync(cancellationToken);
        return [];
    }

    /// <summary>Stores the default rule set when the store holds none (first start), then loads the current snapshot.</summary>
    public async Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is null)
        {
            await RefreshAsync(cancellationToken);
        }
    }

    /// <summary>Reloads the snapshot when the stored version differs from the one in memory; cheap when nothing changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _loadGate.WaitAsync(cancellationToken);
        try
        {
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                var version = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM core_clearance_rule_set");
                if (version is not null && version == _snapshot?.RuleSet.Version)
                {
                    return;
                }
            }

            await SeedAsync(cancellationToken);
            _snapshot = await LoadAsync(cancellationToken);
        }
        finally
        {
            _loadGate.Release();
        }
    }

    private Snapshot Loaded()
    {
        if (_snapshot is { } snapshot)
        {
            return snapshot;
        }

        // Only before the poller's first load (start-up); afterwards the snapshot is always there.
        EnsureLoadedAsync().GetAwaiter().GetResult();
        return _snapshot!;
    }

    private Task SeedAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction);
            if (await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM core_clearance_rule_set", transaction: transaction) is null)
            {
                await InsertAsync(connection, transaction, DefaultRuleSet.Load(), SeededBy, "the default rule set", null);
            }

            return true;
        }, cancellationToken);

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.QuerySingleAsync<string>(
            "SELECT rule_set_json FROM core_clearance_rule_set ORDER BY version DESC LIMIT 1");
        var changes = await connection.QueryAsync<ChangeRow>(
            "SELECT changed_at AS ChangedAt, changed_by AS ChangedBy, reason AS Reason, old_version AS OldVersion, new_version AS NewVersion "
            + "FROM core_clearance_rule_change ORDER BY new_version");
        var loaded = RiskRuleSetJson.Load(json);
        var ruleSet = loaded.IsValid ? loaded.RuleSet : throw new InvalidOperationException("A stored rule set no longer loads: " + string.Join("; ", loaded.Problems));
        return new Snapshot(ruleSet, [.. changes.Select(c => new RuleSetChange(
            HongKongTime.ToHongKong(StoredTime.Read(c.ChangedAt)), c.ChangedBy, c.Reason, c.OldVersion, c.NewVersion))]);
    }

    private async Task InsertAsync(DbConnection connection, DbTransaction transaction, RiskRuleSet set, string by, string reason, int? from)
    {
        var now = StoredTime.Write(database.Provider, clock.GetUtcNow());
        await connection.ExecuteAsync(
            "INSERT INTO core_clearance_rule_set (version, rule_set_json, stored_at) VALUES (@Version, @Json, @Now)",
            new { set.Version, Json = RiskRuleSetJson.Write(set), Now = now }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO core_clearance_rule_change (changed_at, changed_by, reason, old_version, new_version) VALUES (@Now, @By, @Reason, @From, @Version)",
            new { Now = now, By = by, Reason = reason, From = from, set.Version }, transaction);
    }

    // SQLite writes are already one at a time; on PostgreSQL two instances changing (or seeding) at once take turns.
    private Task LockAsync(DbConnection connection, DbTransaction transaction) =>
        database.Provider == CoreStoreProvider.Postgres
            ? connection.ExecuteAsync("LOCK TABLE core_clearance_rule_set IN EXCLUSIVE MODE", transaction: transaction)
            : Task.CompletedTask;

    private sealed record Snapshot(RiskRuleSet RuleSet, IReadOnlyList<RuleSetChange> Changes);

    private sealed class ChangeRow
    {
        public object ChangedAt { get; set; } = "";

        public string ChangedBy { get; set; } = "";

        public string Reason { get; set; } = "";

        public int? OldVersion { get; set; }

        public int NewVersion { get; set; }
    }
}
