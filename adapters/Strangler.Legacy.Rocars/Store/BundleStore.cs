using System.Data.Common;
using Dapper;

namespace Strangler.Legacy.Rocars.Store;

/// <summary>The SQL of RCS_BUNDLE and RCS_BUNDLE_CCRN. A live bundle is judged against a given Hong Kong local time.</summary>
internal static class BundleStore
{
    private const string Columns =
        "b.BUNDLE_ID AS BundleId, b.BUNDLE_REF AS BundleRef, b.OWNER_KEY AS OwnerKey, b.MESSAGE_ID AS MessageId, b.VRN AS Vrn, " +
        "b.DIRECTION_CD AS DirectionCd, b.CONTROL_POINT AS ControlPoint, b.EXPECTED_ARRIVAL AS ExpectedArrival, " +
        "b.LIVE_UNTIL AS LiveUntil, b.RECEIVED_AT AS ReceivedAt, b.STATUS_CD AS StatusCd, b.UNBUNDLED_AT AS UnbundledAt, " +
        "b.UNBUNDLE_MSG_ID AS UnbundleMsgId, b.INSTRUCTION_CD AS InstructionCd, b.RISK_RULE AS RiskRule";

    // Live at @At: made by then, not unbundled by then, and @At before ExpectedArrival + 24 h.
    private const string LiveAt =
        "b.RECEIVED_AT <= @At AND b.LIVE_UNTIL > @At AND (b.UNBUNDLED_AT IS NULL OR b.UNBUNDLED_AT > @At)";

    /// <summary>The smallest BundleRef of a live bundle holding the ACI at <paramref name="at"/>, or null.</summary>
    public static Task<string?> LiveBundleRefOfAsync(DbConnection connection, DbTransaction? transaction, long aciId, DateTime at) =>
        connection.QueryFirstOrDefaultAsync<string?>(
            $"SELECT b.BUNDLE_REF FROM RCS_BUNDLE_CCRN c JOIN RCS_BUNDLE b ON b.BUNDLE_ID = c.BUNDLE_ID WHERE c.ACI_ID = @AciId AND {LiveAt} " +
            "ORDER BY b.BUNDLE_REF",
            new { AciId = aciId, At = at },
            transaction);

    /// <summary>Reads a bundle after taking its row lock, so that concurrent unbundlings are decided one after the other.</summary>
    public static async Task<BundleRow?> LockAsync(DbConnection connection, DbTransaction transaction, string bundleRef)
    {
        await connection.ExecuteAsync("UPDATE RCS_BUNDLE SET STATUS_CD = STATUS_CD WHERE BUNDLE_REF = @BundleRef", new { BundleRef = bundleRef }, transaction);
        return await connection.QuerySingleOrDefaultAsync<BundleRow>(
            $"SELECT {Columns} FROM RCS_BUNDLE b WHERE b.BUNDLE_REF = @BundleRef", new { BundleRef = bundleRef }, transaction);
    }

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, BundleRow bundle, IReadOnlyList<AciRow> acis)
    {
        await connection.ExecuteAsync(
            "INSERT INTO RCS_BUNDLE (BUNDLE_ID, BUNDLE_REF, OWNER_KEY, MESSAGE_ID, VRN, DIRECTION_CD, CONTROL_POINT, EXPECTED_ARRIVAL, " +
            "LIVE_UNTIL, RECEIVED_AT, STATUS_CD, UNBUNDLED_AT, UNBUNDLE_MSG_ID, INSTRUCTION_CD, RISK_RULE) VALUES (@BundleId, @BundleRef, " +
            "@OwnerKey, @MessageId, @Vrn, @DirectionCd, @ControlPoint, @ExpectedArrival, @LiveUntil, @ReceivedAt, @StatusCd, " +
            "@UnbundledAt, @UnbundleMsgId, @InstructionCd, @RiskRule)",
            bundle,
            transaction);
        await connection.ExecuteAsync(
            "INSERT INTO RCS_BUNDLE_CCRN (BUNDLE_ID, LINE_NO, ACI_ID, CCRN) VALUES (@BundleId, @LineNo, @AciId, @Ccrn)",
            acis.Select((a, i) => new { bundle.BundleId, LineNo = i + 1, a.AciId, a.Ccrn }),
            transaction);
    }

    public static Task UnbundleAsync(DbConnection connection, DbTransaction transaction, long bundleId, DateTime at, string messageId) =>
        connection.ExecuteAsync(
            "UPDATE RCS_BUNDLE SET STATUS_CD = @StatusCd, UNBUNDLED_AT = @At, UNBUNDLE_MSG_ID = @MessageId WHERE BUNDLE_ID = @BundleId",
            new { StatusCd = StoreCodes.BundleUnbundled, At = at, MessageId = messageId, BundleId = bundleId },
            transaction);

    /// <summary>The clearance choice: the VRN's live bundle at the control point with the earliest ExpectedArrival, then the smallest BundleRef.</summary>
    public static Task<BundleRow?> ClearanceAsync(DbConnection connection, string vrn, string controlPoint, DateTime at) =>
        connection.QueryFirstOrDefaultAsync<BundleRow?>(
            $"SELECT {Columns} FROM RCS_BUNDLE b WHERE b.VRN = @Vrn AND b.CONTROL_POINT = @ControlPoint AND {LiveAt} " +
            "ORDER BY b.EXPECTED_ARRIVAL, b.BUNDLE_REF",
            new { Vrn = vrn, ControlPoint = controlPoint, At = at });
}
