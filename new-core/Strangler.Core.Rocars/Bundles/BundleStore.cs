using System.Data.Common;
using Dapper;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Time;
using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Outcomes;
using Strangler.Core.Store.Database;
using Strangler.RocarsXml.Rules;

namespace Strangler.Core.Rocars.Bundles;

/// <summary>
/// The ROCARS tables. Every check that crosses client keys (a CCRN in someone's live bundle, an AMEND/CANCEL of a
/// CCRN a driver is bundling) runs in one write transaction after locking the CCRNs' guard rows in CCRN order, so
/// two drivers bundling one CCRN, or a driver and the shipper amending it, never both succeed.
/// </summary>
internal sealed class BundleStore(CoreDatabase database)
{
    private const string LiveBundleOfSql = """
        SELECT b.bundle_ref FROM core_rocars_bundle_ccrn c JOIN core_rocars_bundle b ON b.bundle_ref = c.bundle_ref
        WHERE c.ccrn = @Ccrn AND b.unbundled_at IS NULL AND b.live_until > @At
        ORDER BY b.bundle_ref LIMIT 1
        """;

    private const string PendingSql = "SELECT pending_version FROM core_rocars_ccrn_guard WHERE ccrn = @Ccrn";

    private const string TouchGuardSql = """
        INSERT INTO core_rocars_ccrn_guard (ccrn, touches) VALUES (@Ccrn, 1)
        ON CONFLICT (ccrn) DO UPDATE SET touches = core_rocars_ccrn_guard.touches + 1
        """;

    private const string InsertBundleSql = """
        INSERT INTO core_rocars_bundle
            (bundle_ref, client_key, message_id, content_hash, vrn, direction, control_point, expected_arrival, live_until, received_at)
        VALUES (@BundleRef, @ClientKey, @MessageId, @ContentHash, @Vrn, @Direction, @ControlPoint, @ExpectedArrival, @LiveUntil, @ReceivedAt)
        ON CONFLICT DO NOTHING
        """;

    private const string InsertCcrnSql = "INSERT INTO core_rocars_bundle_ccrn (bundle_ref, ccrn) VALUES (@BundleRef, @Ccrn)";

    private const string DecideSql = """
        UPDATE core_rocars_bundle
        SET channel = @Channel, instruction = @Instruction, rule_set_version = @RuleSetVersion, reasons = @Reasons
        WHERE bundle_ref = @BundleRef
        """;

    private const string UnbundleSql = """
        UPDATE core_rocars_bundle SET unbundled_at = @At
        WHERE bundle_ref = @BundleRef AND client_key = @ClientKey AND unbundled_at IS NULL AND live_until > @At
        """;

    private const string ClearanceSql = """
        SELECT bundle_ref AS BundleRef, received_at AS ReceivedAt, instruction AS Instruction FROM core_rocars_bundle
        WHERE vrn = @Vrn AND control_point = @ControlPoint AND unbundled_at IS NULL AND live_until > @At
        ORDER BY expected_arrival, bundle_ref LIMIT 1
        """;

    /// <summary>Whether a bundle is stored under <paramref name="bundleRef"/>, read on the caller's connection.</summary>
    public async Task<bool> ExistsAsync(DbConnection connection, string bundleRef, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM core_rocars_bundle WHERE bundle_ref = @BundleRef", new { BundleRef = bundleRef },
            cancellationToken: cancellationToken)) > 0;

    /// <summary>The bundle made for <paramref name="messageId"/> of <paramref name="clientKey"/>, or null; read on the caller's connection.</summary>
    public async Task<MadeBundle?> MadeForAsync(DbConnection connection, string clientKey, string messageId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<MadeRow>(new CommandDefinition(
            """
            SELECT bundle_ref AS BundleRef, content_hash AS ContentHash, received_at AS ReceivedAt, instruction AS Instruction
            FROM core_rocars_bundle WHERE client_key = @ClientKey AND message_id = @MessageId
            """, new { ClientKey = clientKey, MessageId = messageId }, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new MadeBundle(row.BundleRef, row.ContentHash, HongKongTime.ToHongKong(StoredTime.Read(row.ReceivedAt)), row.Instruction is not null);
    }

    /// <summary>The live bundle holding <paramref name="ccrn"/> at <paramref name="at"/>, or null.</summary>
    public async Task<string?> LiveBundleOfAsync(string ccrn, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await LiveBundleOfAsync(connection, null, ccrn, at, cancellationToken);
    }

    /// <summary>
    /// Locks the CCRNs' guards, asks <paramref name="check"/> for errors given the taken CCRNs (reading on the transaction's
    /// connection; it must not write), and when there are none takes the bundle ref from <paramref name="draw"/> (late: a
    /// drawn number's sequence row stays locked until commit), stores the bundle and its CCRNs and lets
    /// <paramref name="store"/> write with them. Null errors when the bundle ref was taken meanwhile (a facade-issued ref
    /// sent twice at once); nothing is stored then.
    /// </summary>
    public Task<(IReadOnlyList<ContractError>? Errors, string BundleRef)> ClaimAsync(
        NewBundle bundle, Func<DbConnection, DbTransaction, IReadOnlySet<string>, Task<IReadOnlyList<ContractError>>> check,
        Func<DbConnection, DbTransaction, Task<string>> draw, Func<DbConnection, DbTransaction, string, Task> store,
        CancellationToken cancellationToken) =>
        database.WriteAsync<(IReadOnlyList<ContractError>?, string)>(async (connection, transaction) =>
        {
            var ccrns = bundle.Ccrns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var ccrn in ccrns)
            {
                await connection.ExecuteAsync(new CommandDefinition(TouchGuardSql, new { Ccrn = ccrn }, transaction, cancellationToken: cancellationToken));
            }

            var errors = await check(connection, transaction, await TakenAsync(connection, transaction, ccrns, bundle.ReceivedAt, cancellationToken));
            if (errors.Count > 0)
            {
                return (errors, "");
            }

            bundle = bundle with { BundleRef = await draw(connection, transaction) };
            var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertBundleSql, new
            {
                bundle.BundleRef,
                bundle.ClientKey,
                bundle.MessageId,
                bundle.ContentHash,
                bundle.Vrn,
                bundle.Direction,
                bundle.ControlPoint,
                ExpectedArrival = Time(bundle.ExpectedArrival),
                LiveUntil = Time(bundle.ExpectedArrival + BundleLife.LiveAfterArrival),
                ReceivedAt = Time(bundle.ReceivedAt),
            }, transaction, cancellationToken: cancellationToken));
            if (inserted == 0)
            {
                return (null, bundle.BundleRef);
            }

            foreach (var ccrn in ccrns)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    InsertCcrnSql, new { bundle.BundleRef, Ccrn = ccrn }, transaction, cancellationToken: cancellationToken));
            }

            await store(connection, transaction, bundle.BundleRef);
            return ([], bundle.BundleRef);
        }, cancellationToken);

    /// <summary>Keeps the risk decision with the bundle: channel, instruction, rule-set version and reasons.</summary>
    public Task DecideAsync(string bundleRef, RiskDecision decision, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(DecideSql, new
        {
            BundleRef = bundleRef,
            Channel = decision.Channel.ToString(),
            Instruction = ChannelOutcomes.RocarsInstruction(decision.Channel),
            decision.RuleSetVersion,
            Reasons = string.Join("\n", decision.Reasons.Select(r => $"{r.RuleId} {r.Channel} {r.Weight}: {r.Matched}")),
        }, transaction, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>
    /// Clears a pending mark left by an AMEND or CANCEL of the earlier path (which marked the CCRN pending, then wrote its
    /// version in a later transaction); AMEND/CANCEL now write their version under the guard row's lock and mark nothing.
    /// </summary>
    public Task ReleaseChangeAsync(string ccrn, int version, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => ReleaseChangeAsync(connection, transaction, ccrn, version, cancellationToken), cancellationToken);

    /// <summary>As <see cref="ReleaseChangeAsync(string, int, CancellationToken)"/>, inside the caller's write transaction.</summary>
    public Task<int> ReleaseChangeAsync(DbConnection connection, DbTransaction transaction, string ccrn, int version, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE core_rocars_ccrn_guard SET pending_version = NULL WHERE ccrn = @Ccrn AND pending_version = @Version",
            new { Ccrn = ccrn, Version = version }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Inside the caller's write transaction: locks the CCRN's guard row until it commits, then tells whether the CCRN is
    /// in a live bundle at <paramref name="at"/>. An AMEND/CANCEL that writes its version in the same transaction needs no
    /// pending mark: a bundle claiming the CCRN waits on the guard and then sees the new version.
    /// </summary>
    public async Task<bool> GuardAndCheckLiveAsync(DbConnection connection, DbTransaction transaction, string ccrn, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(TouchGuardSql, new { Ccrn = ccrn }, transaction, cancellationToken: cancellationToken));
        return await LiveBundleOfAsync(connection, transaction, ccrn, at, cancellationToken) is not null;
    }

    /// <summary>Unbundles a live bundle of <paramref name="clientKey"/>; false (R034) when there is none under that ref.</summary>
    public Task<bool> UnbundleAsync(string bundleRef, string clientKey, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
            UnbundleSql, new { BundleRef = bundleRef, ClientKey = clientKey, At = Time(at) }, transaction,
            cancellationToken: cancellationToken)) == 1, cancellationToken);

    /// <summary>Among the VRN's live bundles at the control point: earliest ExpectedArrival, then smallest BundleRef.</summary>
    public async Task<LiveBundle?> ClearanceAsync(string vrn, string controlPoint, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ClearanceRow>(new CommandDefinition(
            ClearanceSql, new { Vrn = vrn, ControlPoint = controlPoint, At = Time(at) }, cancellationToken: cancellationToken));
        return row is null ? null : new LiveBundle(row.BundleRef, HongKongTime.ToHongKong(StoredTime.Read(row.ReceivedAt)), row.Instruction);
    }

    /// <summary>The CCRNs that cannot be bundled at <paramref name="at"/>: in a live bundle or being amended or cancelled.</summary>
    public async Task<IReadOnlySet<string>> TakenAsync(
        DbConnection connection, DbTransaction? transaction, IEnumerable<string> ccrns, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ccrn in ccrns.Distinct(StringComparer.Ordinal))
        {
            var pending = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
                PendingSql, new { Ccrn = ccrn }, transaction, cancellationToken: cancellationToken));
            if (pending is not null || await LiveBundleOfAsync(connection, transaction, ccrn, at, cancellationToken) is not null)
            {
                taken.Add(ccrn);
            }
        }

        return taken;
    }

    /// <summary>The live bundle holding <paramref name="ccrn"/>, read on the caller's connection (and transaction, when inside one).</summary>
    public Task<string?> LiveBundleOfAsync(DbConnection connection, DbTransaction? transaction, string ccrn, DateTimeOffset at, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            LiveBundleOfSql, new { Ccrn = ccrn, At = Time(at) }, transaction, cancellationToken: cancellationToken));

    private object Time(DateTimeOffset time) => StoredTime.Write(database.Provider, time);

    private sealed class MadeRow
    {
        public string BundleRef { get; set; } = "";

        public string ContentHash { get; set; } = "";

        public object ReceivedAt { get; set; } = "";

        public string? Instruction { get; set; }
    }

    private sealed class ClearanceRow
    {
        public string BundleRef { get; set; } = "";

        public object ReceivedAt { get; set; } = "";

        public string? Instruction { get; set; }
    }
}
