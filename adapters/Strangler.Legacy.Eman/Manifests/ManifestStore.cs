using System.Data.Common;
using Dapper;
using Strangler.Contracts.Time;
using Strangler.Edifact.Cuscar;

namespace Strangler.Legacy.Eman.Manifests;

/// <summary>The SQL of the manifest tables (portable: SQLite and PostgreSQL). Times are Hong Kong local, without zone.</summary>
internal static class ManifestStore
{
    private const string ManifestColumns = """
        MANIFEST_ID AS ManifestId, EMAN_REF AS EmanRef, CLIENT_KEY AS ClientKey, MODE_CD AS ModeCode,
        CARRIER_CD AS CarrierCode, CONVEYANCE_ID AS ConveyanceId, VOYAGE_NO AS VoyageNumber,
        DIRECTION_CD AS DirectionCode, STATEMENT_CD AS StatementCode, STATUS_CD AS StatusCode,
        CURRENT_VERSION_NO AS CurrentVersionNo
        """;

    public static Task<StoredManifest?> FindAsync(DbConnection c, DbTransaction? tx, string emanRef) =>
        c.QuerySingleOrDefaultAsync<StoredManifest>(
            $"SELECT {ManifestColumns} FROM EMN_MANIFEST WHERE EMAN_REF = @emanRef", new { emanRef }, tx);

    public static async Task<bool> HasLiveTripAsync(DbConnection c, DbTransaction tx, string tripKey) =>
        await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM EMN_MANIFEST WHERE LIVE_TRIP_KEY = @tripKey", new { tripKey }, tx) > 0;

    /// <summary>Inserts the master row of a new EMAN ref; false when the trip (or the ref) is already taken.</summary>
    public static async Task<bool> TryInsertManifestAsync(
        DbConnection c, DbTransaction tx, long manifestId, string emanRef, string clientKey, CuscarManifest m, DateTimeOffset at) =>
        await c.ExecuteAsync(
            """
            INSERT INTO EMN_MANIFEST (MANIFEST_ID, EMAN_REF, CLIENT_KEY, MODE_CD, CARRIER_CD, CONVEYANCE_ID, VOYAGE_NO,
                DIRECTION_CD, STATEMENT_CD, STATUS_CD, LIVE_TRIP_KEY, CURRENT_VERSION_NO, CREATED_AT, UPDATED_AT)
            VALUES (@manifestId, @emanRef, @clientKey, @mode, @carrier, @conveyance, @voyage,
                @direction, @statement, 'L', @tripKey, 1, @at, @at)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                manifestId, emanRef, clientKey,
                mode = m.Conveyance.ModeCode, carrier = m.CarrierCode, conveyance = m.Conveyance.ConveyanceId,
                voyage = m.Conveyance.VoyageNumber, direction = m.DirectionCode, statement = m.Statement.Code(),
                tripKey = StoredManifest.TripKey(ManifestTrip.Of(m)), at,
            },
            tx) == 1;

    /// <summary>Moves the master row to a new current version; a cancellation also ends its claim on the trip.</summary>
    public static Task AdvanceAsync(DbConnection c, DbTransaction tx, long manifestId, int versionNo, bool cancel, DateTimeOffset at) =>
        c.ExecuteAsync(
            cancel
                ? "UPDATE EMN_MANIFEST SET CURRENT_VERSION_NO = @versionNo, STATUS_CD = 'C', LIVE_TRIP_KEY = NULL, UPDATED_AT = @at WHERE MANIFEST_ID = @manifestId"
                : "UPDATE EMN_MANIFEST SET CURRENT_VERSION_NO = @versionNo, UPDATED_AT = @at WHERE MANIFEST_ID = @manifestId",
            new { manifestId, versionNo, at },
            tx);

    /// <summary>One version row and, unless it is a cancellation, its detail rows.</summary>
    public static async Task InsertVersionAsync(
        DbConnection c, DbTransaction tx, long manifestId, int versionNo, CuscarManifest m, VersionOrigin origin, bool late)
    {
        var full = m.Function != ManifestFunction.Cancellation;
        var totals = full ? m.Totals : null;
        await c.ExecuteAsync(
            """
            INSERT INTO EMN_MANIFEST_VERSION (MANIFEST_ID, VERSION_NO, FUNCTION_CD, DOCUMENT_NO, INTERCHANGE_REF, MESSAGE_REF,
                RECEIVED_AT, LATE_FLAG, DOCUMENT_AT, CARRIER_NAME, CONVEYANCE_NAME, LOADING_LOC, DISCHARGE_LOC, EVENT_CD,
                EVENT_AT, TOTAL_PACKAGES, TOTAL_GROSS_KG, CONTAINER_COUNT)
            VALUES (@manifestId, @versionNo, @function, @documentNo, @interchangeRef, @messageRef,
                @receivedAt, @late, @documentAt, @carrierName, @conveyanceName, @loading, @discharge, @eventCode,
                @eventAt, @packages, @grossKg, @containers)
            """,
            new
            {
                manifestId, versionNo, function = m.Function.Code(), documentNo = origin.DocumentNumber,
                interchangeRef = origin.InterchangeRef, messageRef = origin.MessageRef, receivedAt = origin.ReceivedAt,
                late = late ? "Y" : "N",
                documentAt = full ? LocalDateTime(m.DocumentDateTime) : null,
                carrierName = full ? m.CarrierName : null,
                conveyanceName = full ? m.Conveyance.ConveyanceName : null,
                loading = full ? m.PlaceOfLoading : null,
                discharge = full ? m.PlaceOfDischarge : null,
                eventCode = full ? m.EventQualifier : null,
                eventAt = full ? LocalDateTime(m.EventDateTime) : null,
                packages = totals is null ? (decimal?)null : ManifestRows.Number(totals.Packages, m.DecimalMark),
                grossKg = totals is null ? (decimal?)null : ManifestRows.Number(totals.GrossWeight, m.DecimalMark),
                containers = totals?.Containers is { } n ? (int?)ManifestRows.Number(n, m.DecimalMark) : null,
            },
            tx);
        if (!full)
        {
            return;
        }

        await c.ExecuteAsync(
            """
            INSERT INTO EMN_EQUIPMENT (MANIFEST_ID, VERSION_NO, EQD_SEQ_NO, CONTAINER_NO, SIZE_TYPE_CD, FULL_EMPTY_CD, SEAL_NOS)
            VALUES (@ManifestId, @VersionNo, @SeqNo, @ContainerNumber, @SizeType, @FullEmptyCode, @Seals)
            """,
            ManifestRows.Equipment(manifestId, versionNo, m), tx);
        await c.ExecuteAsync(
            """
            INSERT INTO EMN_CONSIGNMENT (MANIFEST_ID, VERSION_NO, CNI_SEQ_NO, TRANSPORT_DOC_NO, MASTER_DOC_QUAL, MASTER_DOC_NO,
                CONSIGNOR_NAME, CONSIGNOR_STREET, CONSIGNOR_CITY, CONSIGNOR_POST_CD, CONSIGNOR_CTRY_CD,
                CONSIGNEE_NAME, CONSIGNEE_STREET, CONSIGNEE_CITY, CONSIGNEE_POST_CD, CONSIGNEE_CTRY_CD, TRANSHIP_FLAG, LICENCE_NOS)
            VALUES (@ManifestId, @VersionNo, @SeqNo, @DocumentNo, @MasterQualifier, @MasterNo,
                @ConsignorName, @ConsignorStreet, @ConsignorCity, @ConsignorPostCode, @ConsignorCountry,
                @ConsigneeName, @ConsigneeStreet, @ConsigneeCity, @ConsigneePostCode, @ConsigneeCountry, @Tranship, @Licences)
            """,
            ManifestRows.Consignments(manifestId, versionNo, m), tx);
        await c.ExecuteAsync(
            """
            INSERT INTO EMN_GOODS_ITEM (MANIFEST_ID, VERSION_NO, CNI_SEQ_NO, ITEM_NO, PACKAGES, PACKAGE_CD, DESCRIPTION, HS_CD,
                GROSS_KG, GROSS_M3, MARKS)
            VALUES (@ManifestId, @VersionNo, @SeqNo, @ItemNo, @Packages, @PackageCode, @Description, @HsCode,
                @GrossKg, @GrossM3, @Marks)
            """,
            ManifestRows.GoodsItems(manifestId, versionNo, m), tx);
        await c.ExecuteAsync(
            """
            INSERT INTO EMN_PLACEMENT (MANIFEST_ID, VERSION_NO, CNI_SEQ_NO, ITEM_NO, SGP_SEQ_NO, CONTAINER_NO, PACKAGES)
            VALUES (@ManifestId, @VersionNo, @SeqNo, @ItemNo, @PlacementNo, @ContainerNumber, @Packages)
            """,
            ManifestRows.Placements(manifestId, versionNo, m), tx);
    }

    /// <summary>The current version's acknowledgement facts of an EMAN ref, or null when it does not exist.</summary>
    public static Task<StoredAcknowledgement?> CurrentAcknowledgementAsync(DbConnection c, string emanRef) =>
        c.QuerySingleOrDefaultAsync<StoredAcknowledgement>(
            """
            SELECT m.EMAN_REF AS EmanRef, m.CLIENT_KEY AS ClientKey, v.FUNCTION_CD AS FunctionCode, v.DOCUMENT_NO AS DocumentNumber,
                v.INTERCHANGE_REF AS InterchangeRef, v.MESSAGE_REF AS MessageRef, v.RECEIVED_AT AS ReceivedAt, v.LATE_FLAG AS LateFlag
            FROM EMN_MANIFEST m
            JOIN EMN_MANIFEST_VERSION v ON v.MANIFEST_ID = m.MANIFEST_ID AND v.VERSION_NO = m.CURRENT_VERSION_NO
            WHERE m.EMAN_REF = @emanRef
            """,
            new { emanRef });

    private static DateTimeOffset? LocalDateTime(string raw) =>
        DateTime.TryParseExact(raw, "yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var local) ? HongKongTime.FromLocal(local) : null;
}

/// <summary>The message a version came from: what its acknowledgement echoes.</summary>
internal sealed record VersionOrigin(string DocumentNumber, string InterchangeRef, string MessageRef, DateTimeOffset ReceivedAt);
