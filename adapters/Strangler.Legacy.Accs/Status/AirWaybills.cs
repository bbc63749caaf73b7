using Dapper;
using Strangler.CargoImp.Answers;
using Strangler.Legacy.Accs.Messages;

namespace Strangler.Legacy.Accs.Status;

/// <summary>The SQL of <c>ACC_AWB</c>: one row per air waybill ACCS has accepted an FWB or FFM for.</summary>
internal static class AirWaybills
{
    private const string Columns =
        "AWB_NO AS AwbNo, WAYBILL_LINE AS WaybillLine, ACTION_CODE AS ActionCode, CODE_SET_AT AS CodeSetAt, " +
        "FWB_FLIGHT AS FwbFlight, FWB_FLIGHT_DAY AS FwbFlightDay, FFM_FLIGHT AS FfmFlight, FFM_FLIGHT_DAY AS FfmFlightDay";

    public static Task<AirWaybillState?> FindAsync(AccsSession s, string awbNo) =>
        s.Connection.QuerySingleOrDefaultAsync<AirWaybillState>(s.Command($"SELECT {Columns} FROM ACC_AWB WHERE AWB_NO = @awbNo", new { awbNo }));

    public static async Task<AirWaybillState?> FindAsync(System.Data.Common.DbConnection connection, string awbNo, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<AirWaybillState>(
            new CommandDefinition($"SELECT {Columns} FROM ACC_AWB WHERE AWB_NO = @awbNo", new { awbNo }, cancellationToken: ct));

    /// <summary>
    /// A new air waybill, with <c>NA</c> as a placeholder code set now; the caller then sets the real
    /// first code through <see cref="StatusNotifier"/>, which writes the one CSN.
    /// </summary>
    public static async Task InsertAsync(AccsSession s, string awbNo, string waybillLine)
    {
        var id = await s.NextIdAsync("ACC_AWB");
        await s.Connection.ExecuteAsync(s.Command(
            "INSERT INTO ACC_AWB (AWB_ID, AWB_NO, AWB_PREFIX, WAYBILL_LINE, ACTION_CODE, CODE_SET_AT, FIRST_ACCEPTED_AT) " +
            "VALUES (@id, @awbNo, @prefix, @waybillLine, @code, @at, @at)",
            new { id, awbNo, prefix = awbNo[..3], waybillLine, code = ActionCode.NoDecision.Code(), at = s.ReceivedAt }));
    }

    public static Task RecordFwbAsync(AccsSession s, string awbNo, string waybillLine, string flight, string flightDay) =>
        s.Connection.ExecuteAsync(s.Command(
            "UPDATE ACC_AWB SET WAYBILL_LINE = @waybillLine, FWB_FLIGHT = @flight, FWB_FLIGHT_DAY = @flightDay WHERE AWB_NO = @awbNo",
            new { awbNo, waybillLine, flight, flightDay }));

    /// <summary>The line is the last received; the flight only when this part is the latest by received-at.</summary>
    public static Task RecordFfmAsync(AccsSession s, string awbNo, string waybillLine, string flight, string flightDay) =>
        s.Connection.ExecuteAsync(s.Command(
            "UPDATE ACC_AWB SET WAYBILL_LINE = @waybillLine, " +
            "FFM_FLIGHT = CASE WHEN FFM_RECEIVED_AT IS NULL OR FFM_RECEIVED_AT <= @at THEN @flight ELSE FFM_FLIGHT END, " +
            "FFM_FLIGHT_DAY = CASE WHEN FFM_RECEIVED_AT IS NULL OR FFM_RECEIVED_AT <= @at THEN @flightDay ELSE FFM_FLIGHT_DAY END, " +
            "FFM_RECEIVED_AT = CASE WHEN FFM_RECEIVED_AT IS NULL OR FFM_RECEIVED_AT <= @at THEN @at ELSE FFM_RECEIVED_AT END " +
            "WHERE AWB_NO = @awbNo",
            new { awbNo, waybillLine, flight, flightDay, at = s.ReceivedAt }));
}
