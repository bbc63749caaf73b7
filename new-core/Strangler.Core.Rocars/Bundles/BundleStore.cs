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

    public async Task<bool> ExistsAsync(string bundleRef, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM core_rocars_bundle WHERE bundle_ref = @BundleRef", new { BundleRef = bundleRef },
            cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>The bundle made for <paramref name="messageId"/> of <paramref name="clientKey"/>, or null.</summary>
    public async Task<MadeBundle?> MadeForAsync(string clientKey, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
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

    /// <summary>The CCRNs that cannot be bundled at <paramref name="at"/>: in a live bundle or being amended or cancelled.</summary>
    public async Task<IReadOnlySet<string>> TakenAsync(IEnumerable<string> ccrns, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await TakenAsync(connection, null, ccrns, at, cancellationToken);
    }

    /// <summary>
    /// Locks the CCRNs' guards, asks <paramref name="check"/> for errors given the taken CCRNs, and stores the bundle
    /// when there are none. The check reads the CCRNs' documents; it must not write. Null when the bundle ref was taken
    /// meanwhile (a facade-issued ref sent twice at once); nothing is stored then.
    /// </summary>
    public Task<IReadOnlyList<ContractError>?> ClaimAsync(
        NewBundle bundle, Func<IReadOnlySet<string>, Task<IReadOnlyList<ContractError>>> check, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var ccrns = bundle.Ccrns.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var ccrn in ccrns)
            {
                await connection.ExecuteAsync(new CommandDefinition(TouchGuardSql, new { Ccrn = ccrn }, transaction, cancellationToken: cancellationToken));
            }

            var errors = await check(await TakenAsync(connection, transaction, ccrns, bundle.ReceivedAt, cancellationToken));
            if (errors.Count > 0)
            {
                return errors;
            }

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
                return null;
            }

            foreach (var ccrn in ccrns)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    InsertCcrnSql, new { bundle.BundleRef, Ccrn = ccrn }, transaction, cancellationToken: cancellationToken));
            }

            return (IReadOnlyList<ContractError>?)[];
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
    /// Clears an AMEND or CANCEL to write the intent's CCRN version: false (R021) when the CCRN is in a live bundle;
    /// otherwise marks it pending, so that no bundle takes it until <see cref="ReleaseChangeAsync"/>, and keeps the intent.
    /// </summary>
    public Task<bool> ReserveChangeAsync(AciIntent intent, AciIntents intents, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var ccrn = intent.Ccrn;
            await connection.ExecuteAsync(new CommandDefinition(TouchGuardSql, new { Ccrn = ccrn }, transaction, cancellationToken: cancellationToken));
            if (await LiveBundleOfAsync(connection, transaction, ccrn, intent.ReceivedAt, cancellationToken) is not null)
            {
                return false;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE core_rocars_ccrn_guard SET pending_version = @Version WHERE ccrn = @Ccrn",
                new { Ccrn = ccrn, intent.Version }, transaction, cancellationToken: cancellationToken));
            await intents.AddAsync(connection, transaction, intent, cancellationToken);
            return true;
        }, cancellationToken);

    public Task ReleaseChangeAsync(string ccrn, int version, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
            "UPDATE core_rocars_ccrn_guard SET pending_version = NULL WHERE ccrn = @Ccrn AND pending_version = @Version",
            new { Ccrn = ccrn, Version = version }, transaction, cancellationToken: cancellationToken)), cancellationToken);

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

    private async Task<IReadOnlySet<string>> TakenAsync(
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

    private Task<string?> LiveBundleOfAsync(DbConnection connection, DbTransaction? transaction, string ccrn, DateTimeOffset at, CancellationToken cancellationToken) =>
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
