using Dapper;
using Strangler.CargoImp.Answers;
using Strangler.Legacy.Accs.Messages;

namespace Strangler.Legacy.Accs.Status;

/// <summary>
/// Sets an air waybill's action code and issues its CSN: one <c>ACC_CSN</c> row, entered with each
/// key's next cursor into the feed of every key the air waybill is visible to at that moment.
/// </summary>
internal sealed class StatusNotifier(AccsKeys keys, TimeSpan examinationTime)
{
    /// <summary>Why a code was set, kept on the CSN row for people and the backfill.</summary>
    public const string ByFwb = "FWB";
    public const string ByFfm = "FFM";
    public const string ByExamination = "EXM";

    public async Task SetCodeAsync(AccsSession s, string awbNo, ActionCode code, DateTimeOffset setAt, string cause)
    {
        // DC and PX are released when the check completes (applied lazily by clock, ExaminationRelease).
        DateTimeOffset? examDue = code.IsUnderCustomsControl() ? setAt + examinationTime : null;
        await s.Connection.ExecuteAsync(s.Command(
            "UPDATE ACC_AWB SET ACTION_CODE = @code, CODE_SET_AT = @setAt, EXAM_DUE_AT = @examDue WHERE AWB_NO = @awbNo",
            new { awbNo, code = code.Code(), setAt, examDue }));

        var state = await AirWaybills.FindAsync(s, awbNo)
            ?? throw new InvalidOperationException($"Air waybill {awbNo} vanished inside its transaction.");
        var csn = state.ToNotification();
        var csnId = await s.NextIdAsync("ACC_CSN");
        await s.Connection.ExecuteAsync(s.Command(
            "INSERT INTO ACC_CSN (CSN_ID, AWB_NO, ACTION_CODE, SET_AT, WAYBILL_LINE, FLIGHT, FLIGHT_DAY, CAUSE) " +
            "VALUES (@csnId, @awbNo, @code, @setAt, @line, @flight, @day, @cause)",
            new { csnId, awbNo, code = code.Code(), setAt, line = csn.WaybillLine, flight = csn.Flight, day = csn.FlightDayMonth, cause }));

        foreach (var key in keys.VisibleTo(state.Prefix))
        {
            var cursor = 1 + await s.Connection.ExecuteScalarAsync<long>(s.Command(
                "SELECT COALESCE(MAX(CURSOR_NO), 0) FROM ACC_CSN_FEED WHERE CLIENT_KEY = @key", new { key = key.Key }));
            await s.Connection.ExecuteAsync(s.Command(
                "INSERT INTO ACC_CSN_FEED (CLIENT_KEY, CURSOR_NO, CSN_ID) VALUES (@key, @cursor, @csnId)",
                new { key = key.Key, cursor, csnId }));
        }
    }

    /// <summary>Releases (RL) every DC/PX air waybill whose check completed at or before <paramref name="upTo"/>, each at its completion time.</summary>
    public async Task<int> ReleaseDueAsync(AccsSession s, DateTimeOffset upTo)
    {
        var due = (await s.Connection.QueryAsync<DueExamination>(s.Command(
            "SELECT AWB_NO AS AwbNo, EXAM_DUE_AT AS DueAt FROM ACC_AWB WHERE EXAM_DUE_AT IS NOT NULL AND EXAM_DUE_AT <= @upTo " +
            "ORDER BY EXAM_DUE_AT, AWB_NO",
            new { upTo }))).ToList();
        foreach (var exam in due)
        {
            await SetCodeAsync(s, exam.AwbNo, ActionCode.Released, exam.DueAt, ByExamination);
        }

        return due.Count;
    }

    private sealed class DueExamination
    {
        public string AwbNo { get; set; } = "";

        public DateTimeOffset DueAt { get; set; }
    }
}
