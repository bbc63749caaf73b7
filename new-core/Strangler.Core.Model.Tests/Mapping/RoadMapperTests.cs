using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Tests.Mapping;

public sealed class RoadMapperTests
{
    [Fact]
    public void Aci_maps_control_point_parties_packages_and_articles()
    {
        var raw = Samples.Aci("rocars/01-aci-accepted.xml");
        var l = RoadMapper.Map(raw)!;

        Assert.Equal(DocumentFunction.Original, RoadMapper.FunctionOf(raw));
        Assert.Equal(TradeDirection.Import, l.Direction);
        Assert.Equal("LMC", l.ControlPoint);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 15, 0, 0, TimeSpan.FromHours(8)), l.ExpectedCrossing);
        Assert.Equal(TimeSpan.FromHours(8), l.ExpectedCrossing.Offset);
        Assert.Equal("SWIFT FORWARDING LTD", l.Shipper.Name);
        Assert.Equal("SHENZHEN GADGETS CO", l.Consignment.Consignor!.Name);
        Assert.Equal("12 SAMPLE ROAD, KWUN TONG", l.Consignment.Consignee!.Address);
        Assert.Null(l.Consignment.Document);
        Assert.Equal(40L, l.Consignment.Packages);
        Assert.Equal("CARTONS", l.Consignment.PackagesDescription);
        var article = l.Consignment.GoodsItems.Single();
        Assert.Equal("85177900", article.HsCode);
        Assert.Equal(420.5m, article.GrossWeightKg);
        Assert.Equal(88000m, article.ValueHkd);
    }

    [Fact]
    public void Bundle_maps_vrn_control_point_arrival_and_ccrns()
    {
        var b = RoadMapper.Map(Samples.Bundle("rocars/04-bundle.xml"));

        Assert.Equal("AB1234", b.Vrn);
        Assert.Equal("LMC", b.ControlPoint);
        Assert.Equal(TradeDirection.Import, b.Direction);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 14, 0, 0, TimeSpan.FromHours(8)), b.ExpectedArrival);
        Assert.Equal(EquatableList.Of(Samples.Ccrn), b.Ccrns);
    }
}
