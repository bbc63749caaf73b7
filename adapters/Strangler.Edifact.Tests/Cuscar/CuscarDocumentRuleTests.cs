using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;
using static Strangler.Edifact.Tests.Cuscar.CuscarExamples;
using static Strangler.Edifact.Tests.Cuscar.CuscarHeaderRuleTests;

namespace Strangler.Edifact.Tests.Cuscar;

public sealed class CuscarDocumentRuleTests
{
    private static string AirCodes(CuscarManifest m) =>
        string.Join(",", EmanRules.Check(m, new CheckContext(Now, SampleClientKeys.Cathay)).Select(e => e.Code));

    private static CuscarManifest WithConsignments(CuscarManifest m, params Consignment[] consignments) =>
        m with { Consignments = consignments.ToEquatableList() };

    [Theory]
    [InlineData("MSCU1234567")]
    [InlineData("MSCX1234566")]
    [InlineData("MSCU123456")]
    [InlineData("mscu1234566")]
    public void A_malformed_container_or_wrong_check_digit_is_E031(string container)
    {
        var m = SmallSeaImport(Now);
        var item = m.Consignments[0].GoodsItems[0] with { Placements = EquatableList.Of(new ContainerPlacement(container, "10")) };
        Assert.Equal("E031", Codes(m with
        {
            Equipment = EquatableList.Of(m.Equipment[0] with { ContainerNumber = container }),
            Consignments = EquatableList.Of(m.Consignments[0] with { GoodsItems = EquatableList.Of(item) }),
        }));
    }

    [Fact]
    public void A_container_repeated_in_EQD_is_E031()
    {
        var m = SmallSeaImport(Now);
        Assert.Equal("E031", Codes(m with
        {
            Equipment = EquatableList.Of(m.Equipment[0], m.Equipment[0]),
            Totals = m.Totals! with { Containers = "2" },
        }));
    }

    [Fact]
    public void An_air_waybill_with_a_wrong_check_digit_is_E032()
    {
        var m = AirImport(Now);
        Assert.Equal("E032", AirCodes(WithConsignments(m, m.Consignments[0] with { TransportDocumentNumber = "160-12345676" }, m.Consignments[1])));
        Assert.Equal("E032", AirCodes(WithConsignments(m, m.Consignments[0] with { TransportDocumentNumber = "16012345675" }, m.Consignments[1])));
    }

    [Fact]
    public void A_transport_document_number_used_twice_is_E032_in_any_mode()
    {
        var sea = SeaImport(Now);
        Assert.Equal("E032", Codes(WithConsignments(sea, sea.Consignments[0], sea.Consignments[1] with { TransportDocumentNumber = "MSCUHK1234567" })));
        var air = AirImport(Now);
        Assert.Equal("E032", AirCodes(WithConsignments(air, air.Consignments[0], air.Consignments[1] with { TransportDocumentNumber = "160-12345675" })));
    }

    [Fact]
    public void Sea_documents_are_not_air_waybills() =>
        Assert.Equal("", Codes(SeaImport(Now)));

    [Fact]
    public void A_master_air_waybill_is_checked_in_any_mode_and_master_documents_may_repeat()
    {
        var sea = SeaImport(Now);
        var good = new MasterDocument("MWB", "160-12345675");
        Assert.Equal("", Codes(WithConsignments(sea, sea.Consignments[0] with { MasterDocument = good }, sea.Consignments[1] with { MasterDocument = good })));
        Assert.Equal("E032", Codes(WithConsignments(sea, sea.Consignments[0] with { MasterDocument = new("MWB", "160-12345670") }, sea.Consignments[1])));
        Assert.Equal("", Codes(WithConsignments(sea, sea.Consignments[0] with { MasterDocument = new("MB", "ANYTHING") }, sea.Consignments[1])));
    }

    [Theory]
    [InlineData("FAK")]
    [InlineData("general  cargo")]
    [InlineData(" SAID TO CONTAIN ")]
    public void A_vague_description_is_E015(string description)
    {
        var m = SmallSeaImport(Now);
        var item = m.Consignments[0].GoodsItems[0] with { Description = description };
        Assert.Equal("E015", Codes(WithConsignments(m, m.Consignments[0] with { GoodsItems = EquatableList.Of(item) })));
    }

    [Theory]
    [InlineData("1", "E033")]
    [InlineData("8", "E033")]
    [InlineData("2", "")]
    public void A_sea_or_river_item_without_volume_is_E033(string mode, string expected)
    {
        var m = SmallSeaImport(Now);
        var item = m.Consignments[0].GoodsItems[0] with { GrossVolume = null };
        Assert.Equal(expected, Codes(WithConsignments(m, m.Consignments[0] with { GoodsItems = EquatableList.Of(item) }) with
        {
            Conveyance = m.Conveyance with { ModeCode = mode },
        }));
    }

    [Fact]
    public void Air_items_need_no_volume() => Assert.Equal("", AirCodes(AirImport(Now)));

    [Theory]
    [InlineData("10", null, null, "")]
    [InlineData("4", "6", null, "")]
    [InlineData("4", "5", null, "E034")]
    [InlineData("4", "7", null, "E034")]
    [InlineData("0", "10", null, "E034")]
    [InlineData("10.0", null, null, "E034")]
    [InlineData("10", null, "CSQU3054383", "E034")]
    public void Sgp_packages_are_positive_integers_summing_to_the_GID_packages_in_EQD_containers(
        string first, string? second, string? otherContainer, string expected)
    {
        var m = SmallSeaImport(Now);
        var placements = new List<ContainerPlacement> { new(otherContainer ?? "MSCU1234566", first) };
        if (second is not null)
        {
            placements.Add(new("MSCU1234566", second));
        }

        var item = m.Consignments[0].GoodsItems[0] with { Placements = placements.ToEquatableList() };
        Assert.Equal(expected, Codes(WithConsignments(m, m.Consignments[0] with { GoodsItems = EquatableList.Of(item) })));
    }

    [Fact]
    public void Items_without_SGP_are_break_bulk_and_pass()
    {
        var m = SmallSeaImport(Now);
        var item = m.Consignments[0].GoodsItems[0] with { Placements = EquatableList<ContainerPlacement>.Empty };
        Assert.Equal("", Codes(WithConsignments(m, m.Consignments[0] with { GoodsItems = EquatableList.Of(item) })));
    }
}
