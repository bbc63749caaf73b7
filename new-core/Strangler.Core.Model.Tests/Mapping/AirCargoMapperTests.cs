using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Tests.Mapping;

public sealed class AirCargoMapperTests
{
    [Fact]
    public void Fwb_maps_the_air_waybill_its_parties_goods_and_flight()
    {
        var r = AirCargoMapper.Map(Samples.CargoImp("accs/01-fwb-accepted.txt"), Samples.Now);

        Assert.Equal(CargoReportKind.AirWaybill, r.Kind);
        Assert.Equal(TransportMode.Air, r.Trip!.Conveyance.Mode);
        Assert.Equal("CX251", r.Trip.JourneyId);
        Assert.Equal(TradeDirection.Export, r.Trip.Direction);
        Assert.Equal(new DateOnly(2026, 3, 16), r.Trip.Date);
        var c = r.Consignments.Single();
        Assert.Equal(new TransportDocument(TransportDocumentKind.AirWaybill, "160-12345675"), c.Document);
        Assert.Equal("HKG", c.PlaceOfLoading);
        Assert.Equal("LHR", c.PlaceOfDischarge);
        Assert.Equal(10L, c.Packages);
        Assert.Equal(100m, c.GrossWeightKg);
        Assert.Equal(0.72m, c.VolumeM3);
        Assert.Equal("ACME TRADING LTD", c.Consignor!.Name);
        Assert.Equal("HK", c.Consignor.Country);
        Assert.Equal("BRITISH IMPORTS PLC", c.Consignee!.Name);
        Assert.Equal("EC1A1AA", c.Consignee.PostCode);
        var item = c.GoodsItems.Single();
        Assert.Equal("85423100", item.HsCode);
        Assert.Equal("ELECTRONIC COMPONENTS", item.Description);
        Assert.Equal(250000.00m, item.ValueHkd);
    }

    [Fact]
    public void Fhl_links_each_house_to_its_master()
    {
        var r = AirCargoMapper.Map(Samples.CargoImp("accs/02-fhl-accepted.txt"), Samples.Now);

        Assert.Equal(CargoReportKind.HouseManifest, r.Kind);
        Assert.Null(r.Trip);
        Assert.Equal(
            [
                new TransportDocument(TransportDocumentKind.AirWaybill, "160-12345675"),
                new TransportDocument(TransportDocumentKind.AirWaybill, "HKG0001234", "160-12345675"),
                new TransportDocument(TransportDocumentKind.AirWaybill, "HKG0001235", "160-12345675"),
            ],
            r.Consignments.Select(c => c.Document));
        Assert.Equal(60m, r.Consignments[1].GrossWeightKg);
        Assert.Equal(6L, r.Consignments[1].Packages);
        Assert.Equal("MOBILE PHONE PARTS", r.Consignments[1].GoodsItems.Single().Description);
        Assert.Equal("85177900", r.Consignments[1].GoodsItems.Single().HsCode);
        Assert.Equal("TOYS", r.Consignments[2].GoodsItems.Single().Description);
    }

    [Fact]
    public void Ffm_maps_the_flight_and_places_waybills_in_their_uld()
    {
        var r = AirCargoMapper.Map(Samples.CargoImp("accs/03-ffm-accepted.txt"), Samples.Now);

        Assert.Equal(CargoReportKind.FlightManifest, r.Kind);
        Assert.Equal("B-HLR", r.Trip!.Conveyance.Id);
        Assert.Equal("CX251", r.Trip.JourneyId);
        Assert.Equal(TradeDirection.Export, r.Trip.Direction);
        Assert.Equal(new DateOnly(2026, 3, 16), r.Trip.Date);
        Assert.Equal("HKG", r.Trip.PlaceOfLoading);
        Assert.Equal("LHR", r.Trip.PlaceOfDischarge);
        Assert.Equal(1, r.PartNumber);
        Assert.True(r.IsLastPart);
        Assert.Equal("AKE12345CX", r.Devices.Single().Number);
        Assert.Equal(["160-12345675", "160-22222222"], r.Consignments.Select(c => c.Document!.Number));
        Assert.Equal(5L, r.Consignments[1].Packages);
        Assert.Equal(50m, r.Consignments[1].GrossWeightKg);
        Assert.Equal("GARMENTS", r.Consignments[1].GoodsItems.Single().Description);
        Assert.Equal(EquatableList.Of(new GoodsPlacement("AKE12345CX", 5)), r.Consignments[1].GoodsItems.Single().Placements);
    }
}
