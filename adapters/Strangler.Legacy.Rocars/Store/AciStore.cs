using System.Data.Common;
using Dapper;
using Strangler.Contracts.Collections;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.Rocars.Store;

/// <summary>The SQL of RCS_ACI, RCS_ACI_VERSION and RCS_ACI_ARTICLE.</summary>
internal static class AciStore
{
    private const string AciColumns =
        "ACI_ID AS AciId, CCRN AS Ccrn, OWNER_KEY AS OwnerKey, CHANNEL_CD AS ChannelCd, STATUS_CD AS StatusCd, CURR_VERSION_NO AS CurrVersionNo";

    /// <summary>
    /// Reads an ACI after taking its row lock (an update that changes nothing), so that concurrent amendments,
    /// cancellations and bundles of one CCRN are decided one after the other on every provider.
    /// </summary>
    public static async Task<AciRow?> LockAsync(DbConnection connection, DbTransaction transaction, string ccrn)
    {
        await connection.ExecuteAsync("UPDATE RCS_ACI SET STATUS_CD = STATUS_CD WHERE CCRN = @Ccrn", new { Ccrn = ccrn }, transaction);
        return await FindAsync(connection, transaction, ccrn);
    }

    public static Task<AciRow?> FindAsync(DbConnection connection, DbTransaction? transaction, string ccrn) =>
        connection.QuerySingleOrDefaultAsync<AciRow>($"SELECT {AciColumns} FROM RCS_ACI WHERE CCRN = @Ccrn", new { Ccrn = ccrn }, transaction);

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, AciRow aci, DateTime lodgedAt) =>
        connection.ExecuteAsync(
            "INSERT INTO RCS_ACI (ACI_ID, CCRN, OWNER_KEY, CHANNEL_CD, STATUS_CD, CURR_VERSION_NO, LODGED_AT) " +
            "VALUES (@AciId, @Ccrn, @OwnerKey, @ChannelCd, @StatusCd, @CurrVersionNo, @LodgedAt)",
            new { aci.AciId, aci.Ccrn, aci.OwnerKey, aci.ChannelCd, aci.StatusCd, aci.CurrVersionNo, LodgedAt = lodgedAt },
            transaction);

    public static Task SetCurrentVersionAsync(DbConnection connection, DbTransaction transaction, long aciId, int versionNo, string statusCd) =>
        connection.ExecuteAsync(
            "UPDATE RCS_ACI SET CURR_VERSION_NO = @VersionNo, STATUS_CD = @StatusCd WHERE ACI_ID = @AciId",
            new { AciId = aciId, VersionNo = versionNo, StatusCd = statusCd },
            transaction);

    /// <summary>Writes one version row and, for ORIGINAL and AMEND, its articles.</summary>
    public static async Task InsertVersionAsync(DbConnection connection, DbTransaction transaction, AciVersionRow version, Lodgement? lodgement)
    {
        await connection.ExecuteAsync(
            "INSERT INTO RCS_ACI_VERSION (ACI_ID, VERSION_NO, FUNCTION_CD, MESSAGE_ID, CLIENT_KEY, RECEIVED_AT, SOURCE, DIRECTION_CD, " +
            "CONTROL_POINT, EXPECTED_CROSSING, SHIPPER_NAME, SHIPPER_ADDR, CONSIGNOR_NAME, CONSIGNOR_ADDR, CONSIGNEE_NAME, " +
            "CONSIGNEE_ADDR, PKG_COUNT, PKG_DESC) VALUES (@AciId, @VersionNo, @FunctionCd, @MessageId, @ClientKey, @ReceivedAt, " +
            "@Source, @DirectionCd, @ControlPoint, @ExpectedCrossing, @ShipperName, @ShipperAddr, @ConsignorName, @ConsignorAddr, " +
            "@ConsigneeName, @ConsigneeAddr, @PkgCount, @PkgDesc)",
            version,
            transaction);
        if (lodgement is null)
        {
            return;
        }

        var articles = lodgement.Articles.Select((a, i) => new AciArticleRow
        {
            AciId = version.AciId,
            VersionNo = version.VersionNo,
            LineNo = i + 1,
            Description = a.Description,
            HsCode = a.HsCode,
            GrossWeightKg = a.GrossWeightKg,
            ValueHkd = a.ValueHkd,
        });
        await connection.ExecuteAsync(
            "INSERT INTO RCS_ACI_ARTICLE (ACI_ID, VERSION_NO, LINE_NO, DESCRIPTION, HS_CODE, GROSS_WEIGHT_KG, VALUE_HKD) " +
            "VALUES (@AciId, @VersionNo, @LineNo, @Description, @HsCode, @GrossWeightKg, @ValueHkd)",
            articles,
            transaction);
    }

    public static Task<AciVersionRow> VersionAsync(DbConnection connection, DbTransaction? transaction, long aciId, int versionNo) =>
        connection.QuerySingleAsync<AciVersionRow>(
            "SELECT ACI_ID AS AciId, VERSION_NO AS VersionNo, FUNCTION_CD AS FunctionCd, MESSAGE_ID AS MessageId, CLIENT_KEY AS ClientKey, " +
            "RECEIVED_AT AS ReceivedAt, SOURCE AS Source, DIRECTION_CD AS DirectionCd, CONTROL_POINT AS ControlPoint, " +
            "EXPECTED_CROSSING AS ExpectedCrossing, SHIPPER_NAME AS ShipperName, SHIPPER_ADDR AS ShipperAddr, " +
            "CONSIGNOR_NAME AS ConsignorName, CONSIGNOR_ADDR AS ConsignorAddr, CONSIGNEE_NAME AS ConsigneeName, " +
            "CONSIGNEE_ADDR AS ConsigneeAddr, PKG_COUNT AS PkgCount, PKG_DESC AS PkgDesc " +
            "FROM RCS_ACI_VERSION WHERE ACI_ID = @AciId AND VERSION_NO = @VersionNo",
            new { AciId = aciId, VersionNo = versionNo },
            transaction);

    /// <summary>The content of a version as the contract's Lodgement (ORIGINAL and AMEND versions only).</summary>
    public static async Task<Lodgement> LodgementAsync(DbConnection connection, DbTransaction? transaction, AciVersionRow version)
    {
        var articles = await connection.QueryAsync<AciArticleRow>(
            "SELECT LINE_NO AS LineNo, DESCRIPTION AS Description, HS_CODE AS HsCode, GROSS_WEIGHT_KG AS GrossWeightKg, VALUE_HKD AS ValueHkd " +
            "FROM RCS_ACI_ARTICLE WHERE ACI_ID = @AciId AND VERSION_NO = @VersionNo ORDER BY LINE_NO",
            new { version.AciId, version.VersionNo },
            transaction);
        return new Lodgement(
            StoreCodes.Direction(version.DirectionCd!),
            version.ControlPoint!.TrimEnd(),
            StoreCodes.Instant(version.ExpectedCrossing!.Value),
            new Party(version.ShipperName!, version.ShipperAddr!),
            new Party(version.ConsignorName!, version.ConsignorAddr!),
            new Party(version.ConsigneeName!, version.ConsigneeAddr!),
            new Packages(version.PkgCount!.Value, version.PkgDesc!),
            new EquatableList<Article>(articles.Select(a => new Article(a.Description, a.HsCode?.TrimEnd(), a.GrossWeightKg, a.ValueHkd))));
    }

    /// <summary>A version row for an accepted submission; the content columns stay null for CANCEL.</summary>
    public static AciVersionRow NewVersion(long aciId, int versionNo, AciSubmission submission, string clientKey, DateTimeOffset receivedAt)
    {
        var row = new AciVersionRow
        {
            AciId = aciId,
            VersionNo = versionNo,
            FunctionCd = StoreCodes.Function(submission.Function),
            MessageId = submission.MessageId,
            ClientKey = clientKey,
            ReceivedAt = StoreCodes.Local(receivedAt),
            Source = submission.Source,
        };
        if (submission.Lodgement is { } l)
        {
            row.DirectionCd = StoreCodes.Direction(l.Direction);
            row.ControlPoint = l.ControlPoint;
            row.ExpectedCrossing = StoreCodes.Local(l.ExpectedCrossing);
            row.ShipperName = l.Shipper.Name;
            row.ShipperAddr = l.Shipper.Address;
            row.ConsignorName = l.Consignor.Name;
            row.ConsignorAddr = l.Consignor.Address;
            row.ConsigneeName = l.Consignee.Name;
            row.ConsigneeAddr = l.Consignee.Address;
            row.PkgCount = l.Packages.Count;
            row.PkgDesc = l.Packages.Description;
        }

        return row;
    }
}
