using Dapper;
using Strangler.CargoImp.Answers;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Time;
using Strangler.Legacy.Accs.Messages;

namespace Strangler.Legacy.Accs.Status;

/// <summary>
/// The read side of ACCS: the CSN of one air waybill and a key's CSN feed. Examinations that completed by
/// the request's received-at are released (RL) first, so what a caller reads never lags the clock.
/// </summary>
public sealed class AccsStatusService
{
    private readonly AccsStore _store;
    private readonly StatusNotifier _notifier;

    internal AccsStatusService(AccsStore store, StatusNotifier notifier)
    {
        _store = store;
        _notifier = notifier;
    }

    /// <summary><c>GET /accs/v1/status/{awb}</c>: the CSN, or 404 when malformed, unknown or not visible to the key.</summary>
    public async Task<ContractAnswer> StatusAsync(ClientAuthority key, string awb, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!AirWaybillNumber.IsValid(awb) || !AccsKeys.MaySee(key, awb[..3]))
        {
            return ContractAnswer.NotFound;
        }

        await ReleaseDueAsync(receivedAt, cancellationToken);
        var state = await _store.ReadAsync(c => AirWaybills.FindAsync(c, awb, cancellationToken), cancellationToken);
        return state is null ? ContractAnswer.NotFound : ContractAnswer.Text(state.ToNotification().ToBytes());
    }

    /// <summary><c>GET /accs/v1/status?after&amp;max</c>: the key's CSNs after the cursor, each with <c>CUR/</c> and an empty line.</summary>
    public async Task<ContractAnswer> FeedAsync(ClientAuthority key, long after, long max, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await ReleaseDueAsync(receivedAt, cancellationToken);
        var rows = await _store.ReadAsync(
            async c => (await c.QueryAsync<FeedRow>(new CommandDefinition(
                "SELECT f.CURSOR_NO AS CursorNo, c.ACTION_CODE AS ActionCode, c.SET_AT AS SetAt, c.WAYBILL_LINE AS WaybillLine, " +
                "c.FLIGHT AS Flight, c.FLIGHT_DAY AS FlightDay FROM ACC_CSN_FEED f JOIN ACC_CSN c ON c.CSN_ID = f.CSN_ID " +
                "WHERE f.CLIENT_KEY = @key AND f.CURSOR_NO > @after ORDER BY f.CURSOR_NO LIMIT @max",
                new { key = key.Key, after, max }, cancellationToken: cancellationToken))).ToList(),
            cancellationToken);
        return ContractAnswer.Text(StatusFeed.Write(rows.Select(r => new StatusFeedEntry(r.ToNotification(), r.CursorNo))));
    }

    /// <summary>Releases every DC/PX air waybill whose check completed at or before <paramref name="upTo"/>; the count released.</summary>
    public Task<int> ReleaseDueAsync(DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        upTo = HongKongTime.TruncateToSeconds(HongKongTime.ToHongKong(upTo));
        return ReleaseAsync(upTo, cancellationToken);
    }

    // A read first, so the common case (nothing due) takes no write lock.
    private async Task<int> ReleaseAsync(DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        var due = await _store.ReadAsync(
            c => c.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM ACC_AWB WHERE EXAM_DUE_AT IS NOT NULL AND EXAM_DUE_AT <= @upTo",
                new { upTo }, cancellationToken: cancellationToken)),
            cancellationToken);
        return due == 0 ? 0 : await _store.WriteAsync(upTo, s => _notifier.ReleaseDueAsync(s, s.ReceivedAt), cancellationToken);
    }

    private sealed class FeedRow
    {
        public long CursorNo { get; set; }

        public string ActionCode { get; set; } = "";

        public DateTimeOffset SetAt { get; set; }

        public string WaybillLine { get; set; } = "";

        public string Flight { get; set; } = "";

        public string FlightDay { get; set; } = "";

        public CustomsStatusNotification ToNotification() =>
            ActionCodes.TryParse(ActionCode.Trim(), out var code)
                ? new CustomsStatusNotification(WaybillLine, code, CargoImp.CargoImpDates.DayMonthTime(SetAt), Flight, FlightDay.Trim())
                : throw new InvalidOperationException($"ACC_CSN holds an unknown action code '{ActionCode}'.");
    }
}
