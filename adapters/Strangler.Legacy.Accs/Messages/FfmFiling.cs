using Dapper;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Waybills;
using Strangler.Legacy.Accs.Status;

namespace Strangler.Legacy.Accs.Messages;

/// <summary>
/// Files an accepted FFM part: the flight (<c>ACC_FLIGHT</c>, assembled once a LAST part and every part
/// before it are in), the part and its air waybill lines, each air waybill's line and latest flight, and
/// <c>NA</c> for air waybills ACCS had not accepted before. An FFM never changes an existing code.
/// </summary>
internal sealed class FfmFiling(StatusNotifier notifier)
{
    private const string FlightWhere =
        "f.CARRIER = @carrier AND f.FLIGHT_NO = @number AND f.FLIGHT_DATE = @date AND f.DEP_AIRPORT = @departure";

    /// <summary>A004: this part number was already received for the flight.</summary>
    public static async Task<bool> PartAlreadyReceivedAsync(AccsSession s, FlightIdentity flight, int partNumber) =>
        await s.Connection.ExecuteScalarAsync<long>(s.Command(
            $"SELECT COUNT(*) FROM ACC_FFM_PART p JOIN ACC_FLIGHT f ON f.FLIGHT_ID = p.FLIGHT_ID WHERE {FlightWhere} AND p.PART_NO = @partNumber",
            FlightParameters(flight, new { partNumber }))) > 0;

    /// <summary>A015: the pieces of an air waybill across this flight's parts, this one included, exceed its FWB's.</summary>
    public static async Task<string?> RefusalAsync(AccsSession s, FfmMessage ffm)
    {
        foreach (var (awbNo, pieces) in ffm.PiecesPerWaybill())
        {
            var fwbPieces = await s.Connection.ExecuteScalarAsync<int?>(s.Command(
                "SELECT PIECES FROM ACC_FWB WHERE AWB_NO = @awbNo ORDER BY VERSION_NO DESC LIMIT 1", new { awbNo }));
            if (fwbPieces is null)
            {
                continue;
            }

            var earlier = await s.Connection.ExecuteScalarAsync<long>(s.Command(
                "SELECT COALESCE(SUM(w.PIECES), 0) FROM ACC_FFM_WAYBILL w JOIN ACC_FFM_PART p ON p.PART_ID = w.PART_ID " +
                $"JOIN ACC_FLIGHT f ON f.FLIGHT_ID = p.FLIGHT_ID WHERE {FlightWhere} AND w.AWB_NO = @awbNo",
                FlightParameters(ffm.Flight, new { awbNo })));
            if (earlier + pieces > fwbPieces)
            {
                return AccsErrors.PiecesExceeded;
            }
        }

        return null;
    }

    public async Task FileAsync(AccsSession s, FfmMessage ffm, string receiptNo, string clientKey)
    {
        var flightId = await FlightIdAsync(s, ffm.Flight);
        var partId = await s.NextIdAsync("ACC_FFM_PART");
        await s.Connection.ExecuteAsync(s.Command(
            "INSERT INTO ACC_FFM_PART (PART_ID, FLIGHT_ID, PART_NO, REGISTRATION, LAST_PART, CLIENT_KEY, RECEIPT_NO, RECEIVED_AT) " +
            "VALUES (@partId, @flightId, @partNo, @registration, @last, @clientKey, @receiptNo, @at)",
            new
            {
                partId, flightId, partNo = ffm.PartNumber, registration = ffm.Registration, last = ffm.IsLastPart ? "Y" : "N",
                clientKey, receiptNo, at = s.ReceivedAt,
            }));

        var waybills = ffm.Waybills.ToList();
        for (var i = 0; i < waybills.Count; i++)
        {
            var w = waybills[i];
            await s.Connection.ExecuteAsync(s.Command(
                "INSERT INTO ACC_FFM_WAYBILL (PART_ID, SEQ_NO, AWB_NO, UNLOADING_AIRPORT, ULD_ID, WAYBILL_LINE, PIECES, CLASSIFICATION) " +
                "VALUES (@partId, @seq, @awbNo, @unloading, @uld, @line, @pieces, @classification)",
                new
                {
                    partId, seq = i + 1, awbNo = w.Line.Number, unloading = w.UnloadingAirport, uld = w.UldId, line = w.Line.Text,
                    pieces = w.Line.Pieces, classification = ClassificationCode(w.Classification),
                }));
        }

        await AssembleAsync(s, flightId);

        // The last line listing an air waybill in this part is the one last received.
        foreach (var group in waybills.GroupBy(w => w.Line.Number, StringComparer.Ordinal))
        {
            var line = group.Last().Line.TextWithoutGoods;
            var isNew = await AirWaybills.FindAsync(s, group.Key) is null;
            if (isNew)
            {
                await AirWaybills.InsertAsync(s, group.Key, line);
            }

            await AirWaybills.RecordFfmAsync(s, group.Key, line, ffm.Flight.Designator, ffm.Flight.DayMonth);
            if (isNew)
            {
                await notifier.SetCodeAsync(s, group.Key, ActionCode.NoDecision, s.ReceivedAt, StatusNotifier.ByFfm);
            }
        }
    }

    // Legacy one-letter classification: I(mport), E(xport), T(ransit).
    private static string ClassificationCode(CargoClassification c) => c switch
    {
        CargoClassification.Import => "I",
        CargoClassification.Export => "E",
        _ => "T",
    };

    private static async Task<long> FlightIdAsync(AccsSession s, FlightIdentity flight)
    {
        var existing = await s.Connection.ExecuteScalarAsync<long?>(s.Command(
            $"SELECT f.FLIGHT_ID FROM ACC_FLIGHT f WHERE {FlightWhere}", FlightParameters(flight, null)));
        if (existing is { } id)
        {
            return id;
        }

        id = await s.NextIdAsync("ACC_FLIGHT");
        await s.Connection.ExecuteAsync(s.Command(
            "INSERT INTO ACC_FLIGHT (FLIGHT_ID, CARRIER, FLIGHT_NO, FLIGHT_DATE, DEP_AIRPORT, PART_COUNT, ASSEMBLED) " +
            "VALUES (@id, @carrier, @number, @date, @departure, 0, 'N')",
            FlightParameters(flight, new { id })));
        return id;
    }

    // The flight is assembled once a LAST part is in and every part number from 1 to it.
    private static async Task AssembleAsync(AccsSession s, long flightId)
    {
        await s.Connection.ExecuteAsync(s.Command(
            """
            UPDATE ACC_FLIGHT SET
              PART_COUNT = (SELECT COUNT(*) FROM ACC_FFM_PART p WHERE p.FLIGHT_ID = @flightId),
              LAST_PART_NO = (SELECT MIN(p.PART_NO) FROM ACC_FFM_PART p WHERE p.FLIGHT_ID = @flightId AND p.LAST_PART = 'Y')
            WHERE FLIGHT_ID = @flightId
            """,
            new { flightId }));
        await s.Connection.ExecuteAsync(s.Command(
            """
            UPDATE ACC_FLIGHT SET ASSEMBLED = CASE WHEN LAST_PART_NO IS NOT NULL AND LAST_PART_NO =
              (SELECT COUNT(*) FROM ACC_FFM_PART p WHERE p.FLIGHT_ID = @flightId AND p.PART_NO <= ACC_FLIGHT.LAST_PART_NO)
              THEN 'Y' ELSE 'N' END
            WHERE FLIGHT_ID = @flightId
            """,
            new { flightId }));
    }

    private static DynamicParameters FlightParameters(FlightIdentity flight, object? more)
    {
        var p = more is null ? new DynamicParameters() : new DynamicParameters(more);
        p.Add("carrier", flight.Carrier);
        p.Add("number", flight.Number);
        p.Add("date", new DateTimeOffset(flight.Date.ToDateTime(TimeOnly.MinValue), Strangler.Contracts.Time.HongKongTime.Offset));
        p.Add("departure", flight.DepartureAirport);
        return p;
    }
}
