namespace Strangler.Migration.Legacy.Eman;

/// <summary>
/// The six set-based reads of a selection (manifests, versions, equipment, consignments, goods items, placements), plain
/// ANSI SQL. A manifest belongs to the day of its version 1's RECEIVED_AT; one whose version 1 is missing falls back on
/// CREATED_AT (the same instant by construction) so that it is found, and quarantined, rather than lost.
/// </summary>
internal static class EmanSql
{
    private const string Selected = """
        FROM EMN_MANIFEST m
        LEFT JOIN EMN_MANIFEST_VERSION o ON o.MANIFEST_ID = m.MANIFEST_ID AND o.VERSION_NO = 1
        WHERE COALESCE(o.RECEIVED_AT, m.CREATED_AT) >= @From AND COALESCE(o.RECEIVED_AT, m.CREATED_AT) < @To
        """;

    private const string ModeFilter = " AND m.MODE_CD = @Mode";

    // Catch-up: only manifests with a version received at or after @Since.
    private const string ChangedFilter =
        " AND EXISTS (SELECT 1 FROM EMN_MANIFEST_VERSION c WHERE c.MANIFEST_ID = m.MANIFEST_ID AND c.RECEIVED_AT >= @Since)";

    public static string Manifests(bool byMode, bool changed) => $"""
        SELECT m.MANIFEST_ID AS ManifestId, m.EMAN_REF AS EmanRef, m.CLIENT_KEY AS ClientKey, m.MODE_CD AS ModeCode,
               m.CARRIER_CD AS CarrierCode, m.CONVEYANCE_ID AS ConveyanceId, m.VOYAGE_NO AS VoyageNumber,
               m.DIRECTION_CD AS DirectionCode, m.STATEMENT_CD AS StatementCode, m.CURRENT_VERSION_NO AS CurrentVersion,
               m.CREATED_AT AS CreatedAt
        {Selected}{Filters(byMode, changed)}
        """;

    public static string Versions(bool byMode, bool changed) => $"""
        SELECT v.MANIFEST_ID AS ManifestId, v.VERSION_NO AS VersionNo, v.FUNCTION_CD AS FunctionCode, v.DOCUMENT_NO AS DocumentNo,
               v.RECEIVED_AT AS ReceivedAt, v.DOCUMENT_AT AS DocumentAt, v.CARRIER_NAME AS CarrierName,
               v.CONVEYANCE_NAME AS ConveyanceName, v.LOADING_LOC AS LoadingPlace, v.DISCHARGE_LOC AS DischargePlace,
               v.EVENT_AT AS EventAt
          FROM EMN_MANIFEST_VERSION v
         WHERE v.MANIFEST_ID IN (SELECT m.MANIFEST_ID {Selected}{Filters(byMode, changed)})
         ORDER BY v.MANIFEST_ID, v.VERSION_NO
        """;

    public static string Equipment(bool byMode, bool changed) => $"""
        SELECT e.MANIFEST_ID AS ManifestId, e.VERSION_NO AS VersionNo, e.EQD_SEQ_NO AS SeqNo, e.CONTAINER_NO AS ContainerNo,
               e.SIZE_TYPE_CD AS SizeType, e.FULL_EMPTY_CD AS FullEmpty, e.SEAL_NOS AS Seals
          FROM EMN_EQUIPMENT e
         WHERE e.MANIFEST_ID IN (SELECT m.MANIFEST_ID {Selected}{Filters(byMode, changed)})
         ORDER BY e.MANIFEST_ID, e.VERSION_NO, e.EQD_SEQ_NO
        """;

    public static string Consignments(bool byMode, bool changed) => $"""
        SELECT c.MANIFEST_ID AS ManifestId, c.VERSION_NO AS VersionNo, c.CNI_SEQ_NO AS SeqNo, c.TRANSPORT_DOC_NO AS DocumentNo,
               c.MASTER_DOC_NO AS MasterNo, c.CONSIGNOR_NAME AS ConsignorName, c.CONSIGNOR_STREET AS ConsignorStreet,
               c.CONSIGNOR_CITY AS ConsignorCity, c.CONSIGNOR_POST_CD AS ConsignorPostCode, c.CONSIGNOR_CTRY_CD AS ConsignorCountry,
               c.CONSIGNEE_NAME AS ConsigneeName, c.CONSIGNEE_STREET AS ConsigneeStreet, c.CONSIGNEE_CITY AS ConsigneeCity,
               c.CONSIGNEE_POST_CD AS ConsigneePostCode, c.CONSIGNEE_CTRY_CD AS ConsigneeCountry, c.TRANSHIP_FLAG AS Tranship,
               c.LICENCE_NOS AS Licences
          FROM EMN_CONSIGNMENT c
         WHERE c.MANIFEST_ID IN (SELECT m.MANIFEST_ID {Selected}{Filters(byMode, changed)})
         ORDER BY c.MANIFEST_ID, c.VERSION_NO, c.CNI_SEQ_NO
        """;

    public static string GoodsItems(bool byMode, bool changed) => $"""
        SELECT g.MANIFEST_ID AS ManifestId, g.VERSION_NO AS VersionNo, g.CNI_SEQ_NO AS SeqNo, g.ITEM_NO AS ItemNo,
               g.PACKAGES AS Packages, g.PACKAGE_CD AS PackageCode, g.DESCRIPTION AS Description, g.HS_CD AS HsCode,
               g.GROSS_KG AS GrossKg, g.GROSS_M3 AS GrossM3, g.MARKS AS Marks
          FROM EMN_GOODS_ITEM g
         WHERE g.MANIFEST_ID IN (SELECT m.MANIFEST_ID {Selected}{Filters(byMode, changed)})
         ORDER BY g.MANIFEST_ID, g.VERSION_NO, g.CNI_SEQ_NO, g.ITEM_NO
        """;

    public static string Placements(bool byMode, bool changed) => $"""
        SELECT p.MANIFEST_ID AS ManifestId, p.VERSION_NO AS VersionNo, p.CNI_SEQ_NO AS SeqNo, p.ITEM_NO AS ItemNo,
               p.SGP_SEQ_NO AS PlacementNo, p.CONTAINER_NO AS ContainerNo, p.PACKAGES AS Packages
          FROM EMN_PLACEMENT p
         WHERE p.MANIFEST_ID IN (SELECT m.MANIFEST_ID {Selected}{Filters(byMode, changed)})
         ORDER BY p.MANIFEST_ID, p.VERSION_NO, p.CNI_SEQ_NO, p.ITEM_NO, p.SGP_SEQ_NO
        """;

    private static string Filters(bool byMode, bool changed) => (byMode ? ModeFilter : string.Empty) + (changed ? ChangedFilter : string.Empty);
}
