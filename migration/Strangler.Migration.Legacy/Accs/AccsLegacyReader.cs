using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Legacy.Rocars;

namespace Strangler.Migration.Legacy.Accs;

/// <summary>
/// Reads the ACCS legacy store (ACC_ tables, adapters/Strangler.Legacy.Accs/SCHEMA.md) as the core's documents: each
/// accepted FWB, FHL and FFM part as a <c>CargoReport</c> under its receipt number (one version), and each air waybill's
/// action codes (ACC_CSN) as an <c>AirWaybillStatus</c> under its number, one version per code, selected by the day of
/// its first code. Seven statements per call, whatever the number of documents; every document is air mode.
/// </summary>
public sealed class AccsLegacyReader : ILegacyDocumentReader
{
    private static string Fwbs(bool changed) => $"""
        SELECT FWB_ID AS FwbId, AWB_NO AS AwbNo, WAYBILL_LINE AS WaybillLine, FLT_CARRIER AS FltCarrier, FLT_NUMBER AS FltNumber,
               FLT_DAY AS FltDay, RTG_AIRPORT AS RtgAirport, RTG_CARRIER AS RtgCarrier,
               SHP_NAME AS ShpName, SHP_ADDRESS AS ShpAddress, SHP_PLACE AS ShpPlace, SHP_COUNTRY AS ShpCountry, SHP_POST_CODE AS ShpPostCode,
               CNE_NAME AS CneName, CNE_ADDRESS AS CneAddress, CNE_PLACE AS CnePlace, CNE_COUNTRY AS CneCountry, CNE_POST_CODE AS CnePostCode,
               CVD_CURRENCY AS CvdCurrency, CVD_CHARGE_CODE AS CvdChargeCode, CVD_CARRIAGE AS CvdCarriage, CVD_CUSTOMS AS CvdCustoms,
               CVD_INSURANCE AS CvdInsurance, NATURE_OF_GOODS AS NatureOfGoods, HTS_CODES AS HtsCodes,
               CLIENT_KEY AS ClientKey, RECEIPT_NO AS ReceiptNo, RECEIVED_AT AS ReceivedAt
        FROM ACC_FWB WHERE RECEIVED_AT >= @From AND RECEIVED_AT < @To{Since(changed, "")}
        """;

    private static string Fhls(bool changed) => $"""
        SELECT FHL_ID AS FhlId, AWB_NO AS AwbNo, MASTER_LINE AS MasterLine, HOUSE_COUNT AS HouseCount, CLIENT_KEY AS ClientKey,
               RECEIPT_NO AS ReceiptNo, RECEIVED_AT AS ReceivedAt
        FROM ACC_FHL WHERE RECEIVED_AT >= @From AND RECEIVED_AT < @To{Since(changed, "")}
        """;

    private static string Houses(bool changed) => $"""
        SELECT h.FHL_ID AS FhlId, h.SEQ_NO AS SeqNo, h.HOUSE_NO AS HouseNo, h.ORIGIN AS Origin, h.DESTINATION AS Destination,
               h.PIECES AS Pieces, h.WEIGHT_KG AS WeightKg, h.SLAC AS Slac, h.NATURE_OF_GOODS AS NatureOfGoods, h.TXT_LINES AS TxtLines,
               h.HTS_CODES AS HtsCodes
        FROM ACC_FHL_HOUSE h
        WHERE h.FHL_ID IN (SELECT FHL_ID FROM ACC_FHL WHERE RECEIVED_AT >= @From AND RECEIVED_AT < @To{Since(changed, "")})
        ORDER BY h.FHL_ID, h.SEQ_NO
        """;

    private static string Parts(bool changed) => $"""
        SELECT p.PART_ID AS PartId, p.FLIGHT_ID AS FlightId, p.PART_NO AS PartNo, p.REGISTRATION AS Registration, p.LAST_PART AS LastPart,
               p.CLIENT_KEY AS ClientKey, p.RECEIPT_NO AS ReceiptNo, p.RECEIVED_AT AS ReceivedAt,
               f.CARRIER AS Carrier, f.FLIGHT_NO AS FlightNo, f.FLIGHT_DATE AS FlightDate, f.DEP_AIRPORT AS DepAirport
        FROM ACC_FFM_PART p LEFT JOIN ACC_FLIGHT f ON f.FLIGHT_ID = p.FLIGHT_ID
        WHERE p.RECEIVED_AT >= @From AND p.RECEIVED_AT < @To{Since(changed, "p.")}
        """;

    private static string PartLines(bool changed) => $"""
        SELECT w.PART_ID AS PartId, w.SEQ_NO AS SeqNo, w.UNLOADING_AIRPORT AS UnloadingAirport, w.ULD_ID AS UldId,
               w.WAYBILL_LINE AS WaybillLine, w.CLASSIFICATION AS Classification
        FROM ACC_FFM_WAYBILL w
        WHERE w.PART_ID IN (SELECT PART_ID FROM ACC_FFM_PART WHERE RECEIVED_AT >= @From AND RECEIVED_AT < @To{Since(changed, "")})
        ORDER BY w.PART_ID, w.SEQ_NO
        """;

    // Air waybills whose first code was set in the selection: a status document belongs to the day of its original
    // (catch-up: and whose last code was set at or after @Since).
    private static string StatusSelected(bool changed) =>
        $"SELECT s.AWB_NO FROM ACC_CSN s GROUP BY s.AWB_NO HAVING MIN(s.SET_AT) >= @From AND MIN(s.SET_AT) < @To{(changed ? " AND MAX(s.SET_AT) >= @Since" : "")}";

    private static string Csns(bool changed) => $"""
        SELECT c.CSN_ID AS CsnId, c.AWB_NO AS AwbNo, c.ACTION_CODE AS ActionCode, c.SET_AT AS SetAt, c.CAUSE AS Cause
        FROM ACC_CSN c WHERE c.AWB_NO IN ({StatusSelected(changed)})
        ORDER BY c.AWB_NO, c.CSN_ID
        """;

    private static string FwbSenders(bool changed) => $"""
        SELECT x.AWB_NO AS AwbNo, x.RECEIVED_AT AS ReceivedAt, x.CLIENT_KEY AS ClientKey
        FROM ACC_FWB x WHERE x.AWB_NO IN ({StatusSelected(changed)})
        """;

    private static string FfmSenders(bool changed) => $"""
        SELECT w.AWB_NO AS AwbNo, p.RECEIVED_AT AS ReceivedAt, p.CLIENT_KEY AS ClientKey
        FROM ACC_FFM_WAYBILL w JOIN ACC_FFM_PART p ON p.PART_ID = w.PART_ID
        WHERE w.AWB_NO IN ({StatusSelected(changed)})
        """;

    public SourceInterface Interface => SourceInterface.Accs;

    /// <summary>
    /// Empty: ACC_FWB, ACC_FHL(_HOUSE), ACC_FFM_PART/ACC_FFM_WAYBILL with ACC_FLIGHT, and ACC_CSN keep every canonical field
    /// of both kinds (the FFM lines keep their goods text inside WAYBILL_LINE).
    /// </summary>
    public IReadOnlyList<NotHeldField> NotHeld { get; } = [];

    public async IAsyncEnumerable<LegacyRead> ReadAsync(
        DbConnection connection, LegacySelection selection, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Mode is { } mode && mode != TransportMode.Air)
        {
            yield break;
        }

        var changed = selection.ChangedSince is not null;
        var reads = new List<(string Reference, LegacyRead Read)>();
        foreach (var fwb in await QueryAsync<FwbRow>(connection, Fwbs(changed), selection, cancellationToken))
        {
            reads.Add((StoredValue.Code(fwb.ReceiptNo) ?? "", CargoReportMapping.Fwb(fwb)));
        }

        var houses = (await QueryAsync<FhlHouseRow>(connection, Houses(changed), selection, cancellationToken)).ToLookup(h => h.FhlId);
        foreach (var fhl in await QueryAsync<FhlRow>(connection, Fhls(changed), selection, cancellationToken))
        {
            reads.Add((StoredValue.Code(fhl.ReceiptNo) ?? "", CargoReportMapping.Fhl(fhl, houses[fhl.FhlId].ToList())));
        }

        var lines = (await QueryAsync<FfmWaybillRow>(connection, PartLines(changed), selection, cancellationToken)).ToLookup(w => w.PartId);
        foreach (var part in await QueryAsync<FfmPartRow>(connection, Parts(changed), selection, cancellationToken))
        {
            reads.Add((StoredValue.Code(part.ReceiptNo) ?? "", CargoReportMapping.Ffm(part, lines[part.PartId].ToList())));
        }

        var fwbSenders = await SendersAsync(connection, FwbSenders(changed), selection, cancellationToken);
        var ffmSenders = await SendersAsync(connection, FfmSenders(changed), selection, cancellationToken);
        foreach (var awb in (await QueryAsync<CsnRow>(connection, Csns(changed), selection, cancellationToken)).GroupBy(c => StoredValue.Code(c.AwbNo) ?? ""))
        {
            reads.Add((awb.Key, StatusMapping.Map(awb.Key, awb.ToList(), fwbSenders, ffmSenders)));
        }

        // Ordinal order, whatever the database's collation.
        foreach (var (_, read) in reads.OrderBy(r => r.Reference, StringComparer.Ordinal))
        {
            yield return read;
        }
    }

    // Catch-up: a cargo report has one version, received at RECEIVED_AT.
    private static string Since(bool changed, string alias) => changed ? $" AND {alias}RECEIVED_AT >= @Since" : "";

    private static async Task<ILookup<(string Awb, DateTimeOffset At), string>> SendersAsync(
        DbConnection connection, string sql, LegacySelection selection, CancellationToken cancellationToken) =>
        (await QueryAsync<SenderRow>(connection, sql, selection, cancellationToken))
        .Where(s => StoredValue.Time(s.ReceivedAt) is not null)
        .ToLookup(s => (StoredValue.Code(s.AwbNo) ?? "", StoredValue.Time(s.ReceivedAt)!.Value), s => s.ClientKey);

    private static async Task<IEnumerable<T>> QueryAsync<T>(
        DbConnection connection, string sql, LegacySelection selection, CancellationToken cancellationToken) =>
        await connection.QueryAsync<T>(new CommandDefinition(sql, StoredValue.Days(selection), cancellationToken: cancellationToken));
}
