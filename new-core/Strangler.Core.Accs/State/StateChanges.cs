using System.Data.Common;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Time;
using Strangler.Core.Accs.Messages;

namespace Strangler.Core.Accs.State;

/// <summary>What an accepted FWB or FFM part does to its air waybills, inside the request's one write transaction.</summary>
internal sealed class StateChanges(
    AccsStore store, StatusLifecycle lifecycle, DbConnection c, DbTransaction t, DateTimeOffset receivedAt, CodeChanges changed, CancellationToken ct)
{
    /// <summary>
    /// The FWB replaces the stored data; <paramref name="decision"/> (import or export) is set with one CSN even if unchanged.
    /// A transit FWB sets NA only for an air waybill not seen before.
    /// </summary>
    public async Task FwbAsync(FwbMessage fwb, string? decision)
    {
        var line = fwb.Waybill;
        var row = await store.WaybillAsync(c, t, line.Number, ct, forUpdate: true);
        var isNew = row is null;
        row ??= NewRow(line);
        row.WaybillLine = line.TextWithoutGoods;
        row.FwbPieces = line.Pieces;
        if (row.FfmReceivedAt is null)
        {
            row.Flight = fwb.Flight.Designator;
            row.FlightDayMonth = fwb.Flight.DayMonthIn(HongKongTime.Date(receivedAt));
        }

        if (decision is not null || isNew)
        {
            await lifecycle.SetCodeAsync(c, t, row, decision ?? ActionCode.NoDecision.Code(), receivedAt, changed, ct);
        }

        await store.SaveWaybillAsync(c, t, row, isNew, ct);
    }

    /// <summary>
    /// Records the pieces per air waybill (the part itself is recorded with its receipt, drawn later); each line becomes its
    /// air waybill's last line, the flight is set when this part is the latest by received-at, and an air waybill not seen
    /// before gets NA. An FFM never changes a code.
    /// </summary>
    public async Task FfmAsync(FfmMessage ffm)
    {
        var flightKey = FlightParts.KeyOf(ffm.Flight);
        foreach (var (awb, pieces) in ffm.PiecesPerWaybill())
        {
            await store.AddManifestedAsync(c, t, flightKey, awb, pieces, ct);
        }

        foreach (var manifested in ffm.Waybills)
        {
            var line = manifested.Line;
            var row = await store.WaybillAsync(c, t, line.Number, ct, forUpdate: true);
            var isNew = row is null;
            row ??= NewRow(line);
            row.WaybillLine = line.TextWithoutGoods;
            if (row.FfmReceivedAt is not { } latest || receivedAt >= latest)
            {
                row.Flight = ffm.Flight.Designator;
                row.FlightDayMonth = ffm.Flight.DayMonth;
                row.FfmReceivedAt = receivedAt;
            }

            if (isNew)
            {
                await lifecycle.SetCodeAsync(c, t, row, ActionCode.NoDecision.Code(), receivedAt, changed, ct);
            }

            await store.SaveWaybillAsync(c, t, row, isNew, ct);
        }
    }

    private static WaybillRow NewRow(AirWaybillLine line) => new() { Awb = line.Number, Prefix = line.Prefix };
}
