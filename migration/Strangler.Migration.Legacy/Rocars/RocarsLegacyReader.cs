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
    private const string AciWindow = "a.LODGED_AT >= @From AND a.LODGED_AT < @To";

    // Catch-up: only ACIs with a version received at or after @Since.
    private const string AciChanged =
        " AND EXISTS (SELECT 1 FROM RCS_ACI_VERSION c WHERE c.ACI_ID = a.ACI_ID AND c.RECEIVED_AT >= @Since)";

    private const string BundleWindow = "b.RECEIVED_AT >= @From AND b.RECEIVED_AT < @To";

    // Catch-up: a bundle's versions are its bundling (RECEIVED_AT) and its unbundling (UNBUNDLED_AT).
    private const string BundleChanged = " AND (b.RECEIVED_AT >= @Since OR b.UNBUNDLED_AT >= @Since)";

    public SourceInterface Interface => SourceInterface.Rocars;

    private static string AciSelected(bool changed) => $"SELECT a.ACI_ID FROM RCS_ACI a WHERE {AciWindow}{(changed ? AciChanged : "")}";

    private static string AciVersions(bool changed) => $"""
        SELECT a.ACI_ID AS AciId, a.CCRN AS Ccrn, a.STATUS_CD AS StatusCd, a.LODGED_AT AS LodgedAt,
               v.VERSION_NO AS VersionNo, v.FUNCTION_CD AS FunctionCd, v.CLIENT_KEY AS ClientKey, v.RECEIVED_AT AS ReceivedAt,
               v.SOURCE AS Source, v.DIRECTION_CD AS DirectionCd, v.CONTROL_POINT AS ControlPoint, v.EXPECTED_CROSSING AS ExpectedCrossing,
               v.SHIPPER_NAME AS ShipperName, v.SHIPPER_ADDR AS ShipperAddr, v.CONSIGNOR_NAME AS ConsignorName,
               v.CONSIGNOR_ADDR AS ConsignorAddr, v.CONSIGNEE_NAME AS ConsigneeName, v.CONSIGNEE_ADDR AS ConsigneeAddr,
               v.PKG_COUNT AS PkgCount, v.PKG_DESC AS PkgDesc
        FROM RCS_ACI a LEFT JOIN RCS_ACI_VERSION v ON v.ACI_ID = a.ACI_ID
        WHERE {AciWindow}{(changed ? AciChanged : "")}
        ORDER BY a.ACI_ID, v.VERSION_NO
        """;

    private static string AciArticles(bool changed) => $"""
        SELECT r.ACI_ID AS AciId, r.VERSION_NO AS VersionNo, r.LINE_NO AS LineNo, r.DESCRIPTION AS Description, r.HS_CODE AS HsCode,
               r.GROSS_WEIGHT_KG AS GrossWeightKg, r.VALUE_HKD AS ValueHkd
        FROM RCS_ACI_ARTICLE r
        WHERE r.ACI_ID IN ({AciSelected(changed)})
        ORDER BY r.ACI_ID, r.VERSION_NO, r.LINE_NO
        """;

    private static string BundleSelected(bool changed) => $"SELECT b.BUNDLE_ID FROM RCS_BUNDLE b WHERE {BundleWindow}{(changed ? BundleChanged : "")}";

    private static string Bundles(bool changed) => $"""
        SELECT b.BUNDLE_ID AS BundleId, b.BUNDLE_REF AS BundleRef, b.OWNER_KEY AS OwnerKey, b.VRN AS Vrn, b.DIRECTION_CD AS DirectionCd,
               b.CONTROL_POINT AS ControlPoint, b.EXPECTED_ARRIVAL AS ExpectedArrival, b.RECEIVED_AT AS ReceivedAt,
               b.STATUS_CD AS StatusCd, b.UNBUNDLED_AT AS UnbundledAt
        FROM RCS_BUNDLE b
        WHERE {BundleWindow}{(changed ? BundleChanged : "")}
        """;

    private static string BundleCcrns(bool changed) => $"""
        SELECT c.BUNDLE_ID AS BundleId, c.LINE_NO AS LineNo, c.CCRN AS Ccrn
        FROM RCS_BUNDLE_CCRN c
        WHERE c.BUNDLE_ID IN ({BundleSelected(changed)})
        ORDER BY c.BUNDLE_ID, c.LINE_NO
        """;

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

        var changed = selection.ChangedSince is not null;
        var reads = new List<(string Reference, LegacyRead Read)>();
        var versions = await QueryAsync<AciVersionRow>(connection, AciVersions(changed), selection, cancellationToken);
        var articles = (await QueryAsync<AciArticleRow>(connection, AciArticles(changed), selection, cancellationToken))
            .ToLookup(a => a.AciId);
        foreach (var aci in versions.GroupBy(v => v.AciId))
        {
            var rows = aci.ToList();
            reads.Add((StoredValue.Code(rows[0].Ccrn) ?? "", AciMapping.Map(rows, articles[aci.Key].ToList())));
        }

        var ccrns = (await QueryAsync<BundleCcrnRow>(connection, BundleCcrns(changed), selection, cancellationToken)).ToLookup(c => c.BundleId);
        foreach (var bundle in await QueryAsync<BundleRow>(connection, Bundles(changed), selection, cancellationToken))
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
