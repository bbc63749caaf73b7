using Dapper;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Time;
using Strangler.Legacy.Accs.Risk;
using Strangler.Legacy.Accs.Status;

namespace Strangler.Legacy.Accs.Messages;

/// <summary>
/// Files an accepted FWB: a new <c>ACC_FWB</c> version (older ones kept), the air waybill's line and
/// flight, and its action code: the risk decision for an import or export, <c>NA</c> for a transit
/// air waybill seen for the first time.
/// </summary>
internal sealed class FwbFiling(StatusNotifier notifier, LegacyRiskAssessor risk)
{
    /// <summary>A020: a replacement while the air waybill is under DC or PX.</summary>
    public static async Task<string?> RefusalAsync(AccsSession s, FwbMessage fwb)
    {
        var state = await AirWaybills.FindAsync(s, fwb.Waybill.Number);
        return state is not null && state.Code.IsUnderCustomsControl() ? AccsErrors.UnderCustomsControl : null;
    }

    public async Task FileAsync(AccsSession s, FwbMessage fwb, string receiptNo, string clientKey)
    {
        var awbNo = fwb.Waybill.Number;
        ActionCode? decision = fwb.Classification == CargoClassification.Transit ? null : risk.Assess(fwb);
        await InsertVersionAsync(s, fwb, decision, receiptNo, clientKey);

        var isNew = await AirWaybills.FindAsync(s, awbNo) is null;
        if (isNew)
        {
            await AirWaybills.InsertAsync(s, awbNo, fwb.Waybill.TextWithoutGoods);
        }

        await AirWaybills.RecordFwbAsync(
            s, awbNo, fwb.Waybill.TextWithoutGoods, fwb.Flight.Designator, fwb.Flight.DayMonthIn(HongKongTime.Date(s.ReceivedAt)));
        if (decision is { } code)
        {
            await notifier.SetCodeAsync(s, awbNo, code, s.ReceivedAt, StatusNotifier.ByFwb);
        }
        else if (isNew)
        {
            await notifier.SetCodeAsync(s, awbNo, ActionCode.NoDecision, s.ReceivedAt, StatusNotifier.ByFwb);
        }
    }

    private static async Task InsertVersionAsync(AccsSession s, FwbMessage fwb, ActionCode? decision, string receiptNo, string clientKey)
    {
        var awbNo = fwb.Waybill.Number;
        var version = 1 + await s.Connection.ExecuteScalarAsync<int>(s.Command(
            "SELECT COALESCE(MAX(VERSION_NO), 0) FROM ACC_FWB WHERE AWB_NO = @awbNo", new { awbNo }));
        var id = await s.NextIdAsync("ACC_FWB");
        var w = fwb.Waybill;
        await s.Connection.ExecuteAsync(s.Command(
            """
            INSERT INTO ACC_FWB (FWB_ID, AWB_NO, VERSION_NO, WAYBILL_LINE, ORIGIN, DESTINATION, PIECES, WEIGHT_KG, VOLUME_M3,
              FLT_CARRIER, FLT_NUMBER, FLT_DAY, RTG_AIRPORT, RTG_CARRIER,
              SHP_NAME, SHP_ADDRESS, SHP_PLACE, SHP_COUNTRY, SHP_POST_CODE, CNE_NAME, CNE_ADDRESS, CNE_PLACE, CNE_COUNTRY, CNE_POST_CODE,
              CVD_CURRENCY, CVD_CHARGE_CODE, CVD_CARRIAGE, CVD_CUSTOMS, CVD_INSURANCE, NATURE_OF_GOODS, HTS_CODES, RISK_CODE,
              CLIENT_KEY, RECEIPT_NO, RECEIVED_AT)
            VALUES (@id, @awbNo, @version, @line, @origin, @destination, @pieces, @weight, @volume,
              @fltCarrier, @fltNumber, @fltDay, @rtgAirport, @rtgCarrier,
              @shpName, @shpAddress, @shpPlace, @shpCountry, @shpPostCode, @cneName, @cneAddress, @cnePlace, @cneCountry, @cnePostCode,
              @cvdCurrency, @cvdChargeCode, @cvdCarriage, @cvdCustoms, @cvdInsurance, @goods, @hts, @risk,
              @clientKey, @receiptNo, @receivedAt)
            """,
            new
            {
                id, awbNo, version, line = w.Text, origin = w.Origin, destination = w.Destination, pieces = w.Pieces,
                weight = w.WeightText, volume = w.VolumeText,
                fltCarrier = fwb.Flight.Carrier, fltNumber = fwb.Flight.Number, fltDay = fwb.Flight.Day,
                rtgAirport = fwb.Routing?.Airport, rtgCarrier = fwb.Routing?.Carrier,
                shpName = fwb.Shipper.Name, shpAddress = fwb.Shipper.Address, shpPlace = fwb.Shipper.Place,
                shpCountry = fwb.Shipper.Country, shpPostCode = fwb.Shipper.PostCode,
                cneName = fwb.Consignee.Name, cneAddress = fwb.Consignee.Address, cnePlace = fwb.Consignee.Place,
                cneCountry = fwb.Consignee.Country, cnePostCode = fwb.Consignee.PostCode,
                cvdCurrency = fwb.Charges?.Currency, cvdChargeCode = fwb.Charges?.ChargeCode, cvdCarriage = fwb.Charges?.CarriageValue,
                cvdCustoms = fwb.Charges?.CustomsValue, cvdInsurance = fwb.Charges?.Insurance,
                goods = fwb.NatureOfGoods, hts = fwb.HtsCodes.Count == 0 ? null : string.Join(' ', fwb.HtsCodes),
                risk = decision?.Code(), clientKey, receiptNo, receivedAt = s.ReceivedAt,
            }));
    }
}
