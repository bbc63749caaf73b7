using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Tests.Mapping;

public sealed class ManifestMapperTests
{
    [Fact]
    public void Eman_01_sea_manifest_maps_trip_containers_consignments_and_goods()
    {
        var m = ManifestMapper.Map(Samples.Cuscar("eman/01-sea-import-s1-accepted.edi"));

        Assert.Equal("MSC-V123E-HKG-IM", m.DocumentNumber);
        Assert.Equal(ManifestStatement.Statement1, m.Statement);
        Assert.Equal("MSCU", m.Carrier.Identifier);
        Assert.Equal("MEDITERRANEAN SHIPPING CO", m.Carrier.Name);
        Assert.Equal(TransportMode.Maritime, m.Trip.Conveyance.Mode);
        Assert.Equal("9876543", m.Trip.Conveyance.Id);
        Assert.Equal("V123E", m.Trip.JourneyId);
        Assert.Equal(TradeDirection.Import, m.Trip.Direction);
        Assert.Equal("CNSHA", m.Trip.PlaceOfLoading);
        Assert.Equal("HKHKG", m.Trip.PlaceOfDischarge);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 12, 0, 0, TimeSpan.FromHours(8)), m.Trip.EventTime);
        Assert.Equal(
            EquatableList.Of(
                new Container("MSCU1234566", "45G1", true, EquatableList.Of("SL778899")),
                new Container("CSQU3054383", "45G1", true, EquatableList.Of("SL778899"))),
            m.Containers);
        Assert.Equal(2, m.Consignments.Count);
        var first = m.Consignments[0];
        Assert.Equal(new TransportDocument(TransportDocumentKind.BillOfLading, "MSCUHK1234567"), first.Document);
        Assert.Equal("SHENZHEN GADGETS CO", first.Consignor!.Name);
        Assert.Equal("CN", first.Consignor.Country);
        Assert.Equal("ACME TRADING LTD", first.Consignee!.Name);
        var item = first.GoodsItems.Single();
        Assert.Equal("851779", item.HsCode);
        Assert.Equal(120L, item.Packages);
        Assert.Equal("CT", item.PackageCode);
        Assert.Equal(1500.5m, item.GrossWeightKg);
        Assert.Equal(12.4m, item.VolumeM3);
        Assert.Equal(EquatableList.Of(new GoodsPlacement("MSCU1234566", 120)), item.Placements);
        Assert.Equal(["950300", "610910"], m.Consignments[1].GoodsItems.Select(g => g.HsCode));
        Assert.Equal(320.25m, m.Consignments[1].GoodsItems[1].GrossWeightKg);
    }

    [Fact]
    public void Eman_03_air_manifest_maps_air_waybills_and_statement_2()
    {
        var m = ManifestMapper.Map(Samples.Cuscar("eman/03-air-import-s2-accepted.edi"));

        Assert.Equal(ManifestStatement.Statement2, m.Statement);
        Assert.Equal(TransportMode.Air, m.Trip.Conveyance.Mode);
        Assert.Equal("B-HLR", m.Trip.Conveyance.Id);
        Assert.Equal("CX251", m.Trip.JourneyId);
        Assert.Empty(m.Containers);
        Assert.Equal(
            ["160-12345675", "160-22222222"],
            m.Consignments.Select(c => c.Document!.Number));
        Assert.All(m.Consignments, c => Assert.Equal(TransportDocumentKind.AirWaybill, c.Document!.Kind));
        Assert.Equal(100m, m.Consignments[0].GoodsItems[0].GrossWeightKg);
        Assert.Null(m.Consignments[0].GoodsItems[0].VolumeM3);
    }
}
