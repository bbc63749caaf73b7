using System.Globalization;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Collections;
using Strangler.Contracts.Time;
using Strangler.Legacy.History.Parties;
using Strangler.Legacy.History.TradeData;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Traffic;

/// <summary>Builds the Cargo-IMP messages of an air shipment and of a flight (accs.md): FWB, FHL, FFM.</summary>
internal static class AccsDocuments
{
    public static FwbMessage Fwb(Shipment s, bool wrongCheckDigit, bool replacement)
    {
        var trip = s.Trip!;
        var number = wrongCheckDigit ? WrongCheckDigit(s.TransportDocument!) : s.TransportDocument!;
        var origin = trip.Loading.Airport!;
        var destination = trip.Discharge.Airport!;
        var trader = new FwbParty(Clean(s.Trader.Name, 35), Clean(s.Trader.Street, 35), Clean(s.Trader.District, 17), "HK");
        var counterpart = new FwbParty(
            Clean(s.Counterpart.Name, 35), Clean(s.Counterpart.Street, 35), Clean(s.Counterpart.City, 17), s.Counterpart.Country,
            s.Counterpart.PostCode.Length == 0 ? null : Clean(s.Counterpart.PostCode, 9));
        var nature = string.Join(", ", s.Goods.Select(g => g.Commodity.Nature).Distinct());
        return new FwbMessage(
            WaybillLine(s, number, goods: null),
            new FwbFlight(trip.Carrier.Code, trip.FlightNumber, HongKongTime.ToHongKong(trip.DepartureAt).Day),
            new FwbRouting(destination, trip.Carrier.Code),
            s.IsImport ? counterpart : trader,
            s.IsImport ? trader : counterpart,
            new ChargeDeclarations(
                "HKD", replacement ? "CC" : "PP", ChargeDeclarations.NoCarriageValue,
                s.ValueHkd.ToString("0.00", CultureInfo.InvariantCulture), ChargeDeclarations.NoInsurance),
            Clean(nature, 60),
            s.Goods.Select(g => g.Commodity.Hkhs).Distinct().Take(9).ToEquatableList());
    }

    public static FhlMessage Fhl(Shipment s)
    {
        var trip = s.Trip!;
        var houses = s.Houses.Select(h => new HouseWaybill(
            h.Number, trip.Loading.Airport!, trip.Discharge.Airport!, h.Pieces, h.GrossKg.ToString("0.0", CultureInfo.InvariantCulture), null,
            h.Nature, List(h.Description), List(h.Hts))).ToEquatableList();
        return new FhlMessage(WaybillLine(s, s.TransportDocument!, goods: null), houses);
    }

    /// <summary>The flight's manifest in one part (<c>LAST</c>): one unloading point, loose cargo first, then the ULDs.</summary>
    public static FfmMessage Ffm(Trip flight)
    {
        var departure = HongKongTime.ToHongKong(flight.DepartureAt);
        var lines = flight.Shipments.Select(s => WaybillLine(s, s.TransportDocument!, s.Goods[0].Commodity.Nature)).ToList();
        var bulk = lines.Where((_, i) => i % 4 == 3).ToEquatableList();
        var loaded = lines.Where((_, i) => i % 4 != 3).ToList();
        var devices = loaded
            .Select((line, i) => (line, device: i / 3))
            .GroupBy(x => x.device)
            .Select(g => new UnitLoadDevice(
                $"{(g.Key % 2 == 0 ? "AKE" : "PMC")}{(10000 + (flight.Number % 80000) + g.Key).ToString(CultureInfo.InvariantCulture)}{flight.Carrier.Code}",
                g.Select(x => x.line).ToEquatableList()))
            .ToEquatableList();
        var unloading = new UnloadingPoint(flight.Discharge.Airport!, bulk, devices);
        return new FfmMessage(
            1,
            new FlightIdentity(flight.Carrier.Code, flight.FlightNumber, DateOnly.FromDateTime(departure.DateTime), flight.Loading.Airport!),
            flight.Conveyance.Id,
            new EquatableList<UnloadingPoint>([unloading]),
            IsLastPart: true);
    }

    private static AirWaybillLine WaybillLine(Shipment s, string number, string? goods)
    {
        var trip = s.Trip!;
        var weight = Math.Max(0.1m, Math.Round(s.GrossKg, 1)).ToString("0.0", CultureInfo.InvariantCulture);
        var volume = Math.Max(0.01m, Math.Round(s.VolumeM3, 2)).ToString("0.##", CultureInfo.InvariantCulture);
        return AirWaybillLine.Create(
            number, trip.Loading.Airport!, trip.Discharge.Airport!, ShipmentKind.Total, s.Packages, weight, volume, goods: goods);
    }

    private static EquatableList<string> List(string? value) => value is null ? EquatableList<string>.Empty : new([value]);

    private static string WrongCheckDigit(string awb) => awb[..11] + (char)('0' + ((awb[11] - '0' + 1) % 10));

    private static string Clean(string text, int max) => PartyText.Clean(text, max, cargoImp: true);
}
