namespace Strangler.Migration.Legacy.Gets;

/// <summary>
/// The four set-based reads of a selection (headers, versions, items, transport documents), plain ANSI SQL for SQLite,
/// PostgreSQL and Oracle. A header belongs to the day of its version 1's RECEIVED_AT; a header whose version 1 is missing
/// falls back on LODGED_AT (the same instant by construction) so that it is found, and quarantined, rather than lost.
/// </summary>
internal static class GetsSql
{
    private const string Selected = """
        FROM GTS_DECLARATION d
        LEFT JOIN GTS_DECLARATION_VERSION o ON o.DECLARATION_ID = d.DECLARATION_ID AND o.VERSION_NO = 1
        WHERE COALESCE(o.RECEIVED_AT, d.LODGED_AT) >= @From AND COALESCE(o.RECEIVED_AT, d.LODGED_AT) < @To
        """;

    private const string ModeFilter = " AND COALESCE(o.MODE_CODE, d.MODE_CODE) = @Mode";

    // Catch-up: only declarations with a version received at or after @Since.
    private const string ChangedFilter =
        " AND EXISTS (SELECT 1 FROM GTS_DECLARATION_VERSION c WHERE c.DECLARATION_ID = d.DECLARATION_ID AND c.RECEIVED_AT >= @Since)";

    public static string Headers(bool byMode, bool changed) => $"""
        SELECT d.DECLARATION_ID AS DeclarationId, d.TDEC_NO AS TdecNo, d.CURRENT_VERSION AS CurrentVersion, d.LODGED_AT AS LodgedAt
        {Selected}{Filters(byMode, changed)}
        """;

    public static string Versions(bool byMode, bool changed) => $"""
        SELECT v.DECLARATION_ID AS DeclarationId, v.VERSION_NO AS VersionNo, v.FUNCTION_CODE AS FunctionCode, v.FORM_CODE AS FormCode,
               v.LRN AS Lrn, v.DOCUMENT_DATE AS DocumentDate, v.IE_DATE_QUAL AS DateQualifier, v.IE_DATE AS ImportExportDate,
               v.DECLARANT_BR AS DeclarantBr, v.DECLARANT_NAME AS DeclarantName, v.DECLARANT_STREET AS DeclarantStreet,
               v.DECLARANT_CITY AS DeclarantCity, v.DECLARANT_POST_CODE AS DeclarantPostCode, v.DECLARANT_COUNTRY AS DeclarantCountry,
               v.TRADER_ROLE AS TraderRole, v.TRADER_BR AS TraderBr, v.TRADER_NAME AS TraderName, v.TRADER_STREET AS TraderStreet,
               v.TRADER_CITY AS TraderCity, v.TRADER_POST_CODE AS TraderPostCode, v.TRADER_COUNTRY AS TraderCountry,
               v.MODE_CODE AS ModeCode, v.CONVEYANCE_ID AS ConveyanceId, v.CONVEYANCE_NAME AS ConveyanceName,
               v.CONSIGNMENT_CTRY AS ConsignmentCountry, v.LOADING_PLACE AS LoadingPlace, v.ITEM_COUNT AS ItemCount,
               v.CHARGE_AMT AS Charge, v.PENALTY_AMT AS Penalty, v.LEVY_AMT AS Levy, v.CLIENT_KEY AS ClientKey,
               v.RECEIVED_AT AS ReceivedAt
          FROM GTS_DECLARATION_VERSION v
         WHERE v.DECLARATION_ID IN (SELECT d.DECLARATION_ID {Selected}{Filters(byMode, changed)})
         ORDER BY v.DECLARATION_ID, v.VERSION_NO
        """;

    public static string Items(bool byMode, bool changed) => $"""
        SELECT i.DECLARATION_ID AS DeclarationId, i.VERSION_NO AS VersionNo, i.ITEM_NO AS ItemNo, i.HKHS_CODE AS HkhsCode,
               i.DESCRIPTION AS Description, i.QUANTITY AS Quantity, i.UNIT_CODE AS UnitCode, i.VALUE_AMT AS ValueAmount,
               i.ORIGIN_CTRY AS OriginCountry
          FROM GTS_DECLARATION_ITEM i
         WHERE i.DECLARATION_ID IN (SELECT d.DECLARATION_ID {Selected}{Filters(byMode, changed)})
         ORDER BY i.DECLARATION_ID, i.VERSION_NO, i.ITEM_NO
        """;

    public static string TransportDocuments(bool byMode, bool changed) => $"""
        SELECT t.DECLARATION_ID AS DeclarationId, t.VERSION_NO AS VersionNo, t.SEQ_NO AS SeqNo, t.DOC_QUAL AS Qualifier,
               t.DOC_REF AS Reference
          FROM GTS_TRANSPORT_DOC t
         WHERE t.DECLARATION_ID IN (SELECT d.DECLARATION_ID {Selected}{Filters(byMode, changed)})
         ORDER BY t.DECLARATION_ID, t.VERSION_NO, t.SEQ_NO
        """;

    private static string Filters(bool byMode, bool changed) => (byMode ? ModeFilter : string.Empty) + (changed ? ChangedFilter : string.Empty);
}
