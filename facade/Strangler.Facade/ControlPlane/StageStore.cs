using System.Data.Common;
using Dapper;
using Strangler.Contracts.CodeLists;

namespace Strangler.Facade.ControlPlane;

/// <summary>
/// Reads and writes routing snapshots and the change log. A change inserts the next snapshot and its change-log entry
/// in one transaction; both keys are unique, so two replicas changing at once cannot both win.
/// </summary>
public sealed class StageStore(ControlPlaneDatabase database, TimeProvider clock)
{
    /// <summary>Inserts revision 1 (every unit <c>legacy</c>) unless a snapshot exists.</summary>
    public async Task EnsureInitialAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await database.WriteAsync(async (connection, transaction) =>
            {
                var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM facade_snapshot", transaction: transaction, cancellationToken: cancellationToken));
                if (count == 0)
                {
                    var initial = RoutingSnapshot.Initial(clock.GetUtcNow());
                    await InsertSnapshotAsync(connection, transaction, initial, cancellationToken);
                }

                return 0;
            }, cancellationToken);
        }
        catch (DbException e) when (ControlPlaneDatabase.IsUniqueViolation(e))
        {
            // Another replica inserted it first.
        }
    }

    public async Task<long> LatestRevisionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(revision) FROM facade_snapshot", cancellationToken: cancellationToken)) ?? 0;
    }

    public async Task<RoutingSnapshot?> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LatestAsync(connection, null, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> atomically: the next revision and its change-log entry, or nothing.
    /// Returns the new snapshot and entry; <see cref="StageConflictException"/> when the revision moved meanwhile.
    /// </summary>
    public async Task<(RoutingSnapshot Snapshot, ChangeLogEntry Entry)> ApplyAsync(
        StageChange change, Func<RoutingSnapshot, string?> validate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            return await database.WriteAsync(async (connection, transaction) =>
            {
                var current = await LatestAsync(connection, transaction, cancellationToken)
                    ?? throw new InvalidOperationException("The control plane has no routing snapshot.");
                if (change.ExpectedRevision is { } expected && expected != current.Revision)
                {
                    throw new StageConflictException(current.Revision);
                }

                if (validate(current) is { } refusal)
                {
                    throw new StageRefusedException(refusal);
                }

                var now = clock.GetUtcNow();
                var next = current.With(current.Revision + 1, now, change.Unit, change.To);
                await InsertSnapshotAsync(connection, transaction, next, cancellationToken);

                var last = await connection.QuerySingleOrDefaultAsync<(long Seq, string Hash)?>(new CommandDefinition(
                    "SELECT seq, hash FROM facade_change_log ORDER BY seq DESC LIMIT 1", transaction: transaction,
                    cancellationToken: cancellationToken));
                var seq = (last?.Seq ?? 0) + 1;
                var prev = last?.Hash ?? ChangeLogEntry.GenesisHash;
                var from = StageText.Write(current[change.Unit]);
                var to = StageText.Write(change.To);
                var at = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
                var hash = ChangeLogEntry.ComputeHash(prev, seq, at, change.Actor, change.Role, change.Unit.Name(), from, to,
                    change.Reason, change.GateEvidence, change.Override, next.Revision);
                var entry = new ChangeLogEntry(seq, at, change.Actor, change.Role, change.Unit.Name(), from, to, change.Reason,
                    change.GateEvidence, change.Override, next.Revision, prev, hash);
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO facade_change_log (seq, at_ms, actor, role, unit, from_stage, to_stage, reason, gate_evidence, override, revision, prev_hash, hash)
                    VALUES (@Seq, @AtMs, @Actor, @Role, @Unit, @From, @To, @Reason, @GateEvidence, @Override, @Revision, @PrevHash, @Hash)
                    """,
                    new
                    {
                        entry.Seq, AtMs = at.ToUnixTimeMilliseconds(), entry.Actor, entry.Role, entry.Unit, entry.From, entry.To,
                        entry.Reason, entry.GateEvidence, entry.Override, entry.Revision, entry.PrevHash, entry.Hash,
                    },
                    transaction, cancellationToken: cancellationToken));
                return (next, entry);
            }, cancellationToken);
        }
        catch (DbException e) when (ControlPlaneDatabase.IsUniqueViolation(e))
        {
            throw new StageConflictException(await LatestRevisionAsync(cancellationToken));
        }
    }

    public async Task<IReadOnlyList<ChangeLogEntry>> ChangesAsync(long after, int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ChangeRow>(new CommandDefinition(
            """
            SELECT seq AS Seq, at_ms AS AtMs, actor AS Actor, role AS Role, unit AS Unit, from_stage AS FromStage,
                   to_stage AS ToStage, reason AS Reason, gate_evidence AS GateEvidence, override AS IsOverride,
                   revision AS Revision, prev_hash AS PrevHash, hash AS Hash
            FROM facade_change_log WHERE seq > @after ORDER BY seq LIMIT @max
            """,
            new { after, max }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    private static async Task<RoutingSnapshot?> LatestAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(long Revision, long TakenAtMs, string Stages)?>(new CommandDefinition(
            "SELECT revision, taken_at_ms, stages FROM facade_snapshot ORDER BY revision DESC LIMIT 1",
            transaction: transaction, cancellationToken: cancellationToken));
        return row is { } r ? RoutingSnapshot.FromJson(r.Revision, DateTimeOffset.FromUnixTimeMilliseconds(r.TakenAtMs), r.Stages) : null;
    }

    private static Task InsertSnapshotAsync(DbConnection connection, DbTransaction transaction, RoutingSnapshot snapshot, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO facade_snapshot (revision, taken_at_ms, stages) VALUES (@revision, @at, @stages)",
            new { revision = snapshot.Revision, at = snapshot.TakenAt.ToUnixTimeMilliseconds(), stages = snapshot.ToJson() },
            transaction, cancellationToken: cancellationToken));

    private sealed class ChangeRow
    {
        public long Seq { get; init; }

        public long AtMs { get; init; }

        public string Actor { get; init; } = "";

        public string Role { get; init; } = "";

        public string Unit { get; init; } = "";

        public string FromStage { get; init; } = "";

        public string ToStage { get; init; } = "";

        public string Reason { get; init; } = "";

        public string GateEvidence { get; init; } = "";

        public bool IsOverride { get; init; }

        public long Revision { get; init; }

        public string PrevHash { get; init; } = "";

        public string Hash { get; init; } = "";

        public ChangeLogEntry ToEntry() => new(Seq, DateTimeOffset.FromUnixTimeMilliseconds(AtMs), Actor, Role, Unit, FromStage,
            ToStage, Reason, GateEvidence, IsOverride, Revision, PrevHash, Hash);
    }
}
