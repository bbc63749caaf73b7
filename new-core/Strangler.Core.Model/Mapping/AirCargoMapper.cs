using Strangler.CargoImp;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Mapping;

/// <summary>
/// Maps decoded Cargo-IMP messages (FWB, FHL, FFM) to a canonical <see cref="CargoReport"/>: air
/// waybill consignments, houses linked to their master, and the flight as a trip. Never throws on
/// a decoded message.
/// </summary>
public static class AirCargoMapper
{
    /// <summary>The report of any ACCS message; <paramref name="receivedAt"/> dates an FWB's flight day.</summary>
    public static CargoReport Map(CargoImpMessage message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message switch
        {
            FwbMessage fwb => Map(fwb, receivedAt),
            FhlMessage fhl => Map(fhl),
            FfmMessage ffm => Map(ffm),
            _ => throw new ArgumentException($"Unknown Cargo-IMP message {message.GetType().Name}.", nameof(message)),
        };
    }

    public static CargoReport Map(FwbMessage fwb, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(fwb);
        var waybill = fwb.Waybill;
        var items = GoodsOf(fwb.NatureOfGoods, fwb.HtsCodes);
        if (items.Count == 1 && CustomsValueHkd(fwb.Charges) is { } value)
        {
            items[0] = items[0] with { ValueHkd = value };
        }

        return new CargoReport
        {
            Kind = CargoReportKind.AirWaybill,
            Trip = new Trip
            {
                Conveyance = new Conveyance(TransportMode.Air, null, null),
                JourneyId = fwb.Flight.Designator,
                CarrierCode = fwb.Flight.Carrier,
                Direction = DirectionOf(fwb.Classification),
                PlaceOfLoading = waybill.Origin,
                PlaceOfDischarge = waybill.Destination,
                Date = FlightDay(fwb.Flight.Day, HongKongTime.Date(receivedAt)),
            },
            Consignments = EquatableList.Of(WaybillOf(waybill, null, items) with
            {
                Consignor = PartyOf(fwb.Shipper, PartyRoles.Consignor),
                Consignee = PartyOf(fwb.Consignee, PartyRoles.Consignee),
            }),
        };
    }

    /// <summary>The master first, then each house with the master's number as its master link.</summary>
    public static CargoReport Map(FhlMessage fhl)
    {
        ArgumentNullException.ThrowIfNull(fhl);
        var master = WaybillOf(fhl.Master, null, []);
        var houses = fhl.Houses.Select(h => new Consignment
        {
            Document = new TransportDocument(TransportDocumentKind.AirWaybill, h.Number, fhl.Master.Number),
            PlaceOfLoading = h.Origin,
            PlaceOfDischarge = h.Destination,
            Packages = h.Pieces,
            GrossWeightKg = RawValues.Decimal(h.WeightText, '.'),
            GoodsItems = GoodsOf(h.Descriptions.Count > 0 ? string.Join(" ", h.Descriptions) : h.NatureOfGoods, h.HtsCodes)
                .ToEquatableList(),
        });
        return new CargoReport
        {
            Kind = CargoReportKind.HouseManifest,
            Consignments = houses.Prepend(master).ToEquatableList(),
        };
    }

    public static CargoReport Map(FfmMessage ffm)
    {
        ArgumentNullException.ThrowIfNull(ffm);
        var flight = ffm.Flight;
        var waybills = ffm.Waybills.ToList();
        return new CargoReport
        {
            Kind = CargoReportKind.FlightManifest,
            Trip = new Trip
            {
                Conveyance = new Conveyance(TransportMode.Air, ffm.Registration, null),
                JourneyId = flight.Designator,
                CarrierCode = flight.Carrier,
                Direction = FlightDirection(flight.DepartureAirport, ffm.UnloadingPoints),
                PlaceOfLoading = flight.DepartureAirport,
                PlaceOfDischarge = ffm.UnloadingPoints.Count > 0 ? ffm.UnloadingPoints[0].Airport : null,
                Date = flight.Date,
            },
            Consignments = waybills.Select(ManifestedOf).ToEquatableList(),
            Devices = ffm.UnloadingPoints.SelectMany(p => p.Devices)
                .Select(d => new Container(d.Id, d.Id[..Math.Min(3, d.Id.Length)], true, EquatableList<string>.Empty))
                .ToEquatableList(),
            PartNumber = ffm.PartNumber,
            IsLastPart = ffm.IsLastPart,
        };
    }

    // An FFM line's goods description becomes its one goods item, placed in its ULD if it has one.
    private static Consignment ManifestedOf(ManifestedWaybill w)
    {
        var item = new GoodsItem
        {
            Sequence = 1,
            Description = w.Line.Goods ?? string.Empty,
            Packages = w.Line.Pieces,
            Placements = w.UldId is { } uld ? EquatableList.Of(new GoodsPlacement(uld, w.Line.Pieces)) : EquatableList<GoodsPlacement>.Empty,
        };
        return WaybillOf(w.Line, null, [item]) with { PlaceOfDischarge = w.UnloadingAirport };
    }

    private static Consignment WaybillOf(AirWaybillLine line, string? master, List<GoodsItem> items) => new()
    {
        Document = new TransportDocument(TransportDocumentKind.AirWaybill, line.Number, master),
        PlaceOfLoading = line.Origin,
        PlaceOfDischarge = line.Destination,
        Packages = line.Pieces,
        GrossWeightKg = RawValues.Decimal(line.WeightText, '.'),
        VolumeM3 = RawValues.Decimal(line.VolumeText, '.'),
        GoodsItems = items.ToEquatableList(),
    };

    // One goods item per HTS code, all with the description; one item without HS code when none is given.
    private static List<GoodsItem> GoodsOf(string description, EquatableList<string> htsCodes) =>
        htsCodes.Count == 0
            ? [new GoodsItem { Sequence = 1, Description = description }]
            : htsCodes.Select((code, i) => new GoodsItem { Sequence = i + 1, Description = description, HsCode = code }).ToList();

    private static Party PartyOf(FwbParty p, string role) => new()
    {
        Name = p.Name,
        Address = p.Address,
        City = p.Place,
        PostCode = p.PostCode,
        Country = p.Country,
        Roles = EquatableList.Of(role),
    };

    private static decimal? CustomsValueHkd(ChargeDeclarations? charges) =>
        charges is { Currency: "HKD" } ? RawValues.Decimal(charges.CustomsValue, '.') : null;

    // FLT gives only the day: the date is that day in the month received, when the month has it.
    private static DateOnly? FlightDay(int day, DateOnly received) =>
        day >= 1 && day <= DateTime.DaysInMonth(received.Year, received.Month) ? new DateOnly(received.Year, received.Month, day) : null;

    private static TradeDirection DirectionOf(CargoClassification c) => c switch
    {
        CargoClassification.Import => TradeDirection.Import,
        CargoClassification.Export => TradeDirection.Export,
        _ => TradeDirection.Transit,
    };

    private static TradeDirection FlightDirection(string departure, EquatableList<UnloadingPoint> points) =>
        departure == CargoClassifications.HongKong ? TradeDirection.Export
        : points.Any(p => p.Airport == CargoClassifications.HongKong) ? TradeDirection.Import
        : TradeDirection.Transit;
}
