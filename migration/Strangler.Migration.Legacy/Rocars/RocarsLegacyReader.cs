using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;

namespace Strangler.Migration.Legacy.Rocars;

/// <summary>
/// Reads the ROCARS legacy store (RCS_ tables, adapters/Strangler.Legacy.Rocars/SCHEMA.md) as the core's documents:
/// each ACI as a <c>RoadLodgement</c> under its CCRN with every version (a CANCEL as a cancellation without content),
/// each bundle as a <c>Bundle</c> under its BundleRef (an unbundling as its cancellation). Four statements per call,
/// whatever the number of documents; every document is road mode.
/// </summary>
public sealed class RocarsLegacyReader : ILegacyDocumentReader
{
    private const string AciSelected = "SELECT a.ACI_ID FROM RCS_ACI a WHERE a.LODGED_AT >= @From AND a.LODGED_AT < @To";

    private const string AciVersions = """
        SELECT a.ACI_ID AS AciId, a.CCRN AS Ccrn, a.STATUS_CD AS StatusCd, a.LODGED_AT AS LodgedAt,
               v.VERSION_NO AS VersionNo, v.FUNCTION_CD AS FunctionCd, v.CLIENT_KEY AS ClientKey, v.RECEIVED_AT AS ReceivedAt,
               v.SOURCE AS Source, v.DIRECTION_CD AS DirectionCd, v.CONTROL_POINT AS ControlPoint, v.EXPECTED_CROSSING AS ExpectedCrossing,
               v.SHIPPER_NAME AS ShipperName, v.SHIPPER_ADDR AS ShipperAddr, v.CONSIGNOR_NAME AS ConsignorName,
               v.CONSIGNOR_ADDR AS ConsignorAddr, v.CONSIGNEE_NAME AS ConsigneeName, v.CONSIGNEE_ADDR AS ConsigneeAddr,
               v.PKG_COUNT AS PkgCount, v.PKG_DESC AS PkgDesc
        FROM RCS_ACI a LEFT JOIN RCS_ACI_VERSION v ON v.ACI_ID = a.ACI_ID
        WHERE a.LODGED_AT >= @From AND a.LODGED_AT < @To
        ORDER BY a.ACI_ID, v.VERSION_NO
        """;

    private const string AciArticles = $"""
        SELECT r.ACI_ID AS AciId, r.VERSION_NO AS VersionNo, r.LINE_NO AS LineNo, r.DESCRIPTION AS Description, r.HS_CODE AS HsCode,
               r.GROSS_WEIGHT_KG AS GrossWeightKg, r.VALUE_HKD AS ValueHkd
        FROM RCS_ACI_ARTICLE r
        WHERE r.ACI_ID IN ({AciSelected})
        ORDER BY r.ACI_ID, r.VERSION_NO, r.LINE_NO
        """;

    private const string BundleSelected = "SELECT b.BUNDLE_ID FROM RCS_BUNDLE b WHERE b.RECEIVED_AT >= @From AND b.RECEIVED_AT < @To";

    private const string Bundles = """
        SELECT b.BUNDLE_ID AS BundleId, b.BUNDLE_REF AS BundleRef, b.OWNER_KEY AS OwnerKey, b.VRN AS Vrn, b.DIRECTION_CD AS DirectionCd,
               b.CONTROL_POINT AS ControlPoint, b.EXPECTED_ARRIVAL AS ExpectedArrival, b.RECEIVED_AT AS ReceivedAt,
               b.STATUS_CD AS StatusCd, b.UNBUNDLED_AT AS UnbundledAt
        FROM RCS_BUNDLE b
        WHERE b.RECEIVED_AT >= @From AND b.RECEIVED_AT < @To
        """;

    private const string BundleCcrns = $"""
        SELECT c.BUNDLE_ID AS BundleId, c.LINE_NO AS LineNo, c.CCRN AS Ccrn
        FROM RCS_BUNDLE_CCRN c
        WHERE c.BUNDLE_ID IN ({BundleSelected})
        ORDER BY c.BUNDLE_ID, c.LINE_NO
        """;

    public SourceInterface Interface => SourceInterface.Rocars;

    /// <summary>Empty: RCS_ACI_VERSION, RCS_ACI_ARTICLE, RCS_BUNDLE and RCS_BUNDLE_CCRN keep every canonical field of both kinds.</summary>
    public IReadOnlyList<NotHeldField> NotHeld { get; } = [];

    public async IAsyncEnumerable<LegacyRead> ReadAsync(
        DbConnection connection, LegacySelection selection, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Mode is { } mode && mode != TransportMode.Road)
        {
            yield break;
        }

        var reads = new List<(string Reference, LegacyRead Read)>();
        var versions = await QueryAsync<AciVersionRow>(connection, AciVersions, selection, cancellationToken);
        var articles = (await QueryAsync<AciArticleRow>(connection, AciArticles, selection, cancellationToken))
            .ToLookup(a => a.AciId);
        foreach (var aci in versions.GroupBy(v => v.AciId))
        {
            var rows = aci.ToList();
            reads.Add((StoredValue.Code(rows[0].Ccrn) ?? "", AciMapping.Map(rows, articles[aci.Key].ToList())));
        }

        var ccrns = (await QueryAsync<BundleCcrnRow>(connection, BundleCcrns, selection, cancellationToken)).ToLookup(c => c.BundleId);
        foreach (var bundle in await QueryAsync<BundleRow>(connection, Bundles, selection, cancellationToken))
        {
            reads.Add((StoredValue.Code(bundle.BundleRef) ?? "", BundleMapping.Map(bundle, ccrns[bundle.BundleId].ToList())));
        }

        // Ordinal order, whatever the database's collation.
        foreach (var (_, read) in reads.OrderBy(r => r.Reference, StringComparer.Ordinal))
        {
            yield return read;
        }
    }

    private static async Task<IEnumerable<T>> QueryAsync<T>(
        DbConnection connection, string sql, LegacySelection selection, CancellationToken cancellationToken) =>
        await connection.QueryAsync<T>(new CommandDefinition(sql, StoredValue.Days(selection), cancellationToken: cancellationToken));
}
