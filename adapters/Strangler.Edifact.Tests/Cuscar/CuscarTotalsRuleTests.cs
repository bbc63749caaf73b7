using Strangler.Edifact.Cuscar;
using static Strangler.Edifact.Tests.Cuscar.CuscarExamples;
using static Strangler.Edifact.Tests.Cuscar.CuscarHeaderRuleTests;

namespace Strangler.Edifact.Tests.Cuscar;

public sealed class CuscarTotalsRuleTests
{
    private static CuscarManifest WithTotals(string packages, string weight, string? containers) =>
        SeaImport(Now) with { Totals = new(packages, weight, containers) };

    private static CuscarManifest WithFirstItem(Func<GoodsItem, GoodsItem> change)
    {
        var m = SeaImport(Now);
        var first = m.Consignments[0];
        var changed = first with { GoodsItems = EquatableList.Of(change(first.GoodsItems[0])) };
        return m with { Consignments = EquatableList.Of(changed, m.Consignments[1]) };
    }

    [Theory]
    [InlineData("2720.750", "")]
    [InlineData("2720.751", "")]
    [InlineData("2720.749", "")]
    [InlineData("2720.752", "E014")]
    [InlineData("2720.748", "E014")]
    [InlineData("2720.75", "")]
    [InlineData("02720.750", "")]
    [InlineData("2720.7500", "E014")]
    [InlineData("2720,750", "E014")]
    [InlineData("0", "E014")]
    [InlineData("-2720.750", "E014")]
    public void Gross_weight_total_may_differ_from_the_item_sum_by_at_most_0_001(string total, string expected) =>
        Assert.Equal(expected, Codes(WithTotals("240", total, "2")));

    [Fact]
    public void A_comma_decimal_mark_from_UNA_is_used_for_the_weights()
    {
        var m = SmallSeaImport(Now);
        var item = m.Consignments[0].GoodsItems[0] with { GrossWeight = "99,999", GrossVolume = "1,000" };
        var comma = m with
        {
            DecimalMark = ',',
            Totals = new("10", "100,000", "1"),
            Consignments = EquatableList.Of(m.Consignments[0] with { GoodsItems = EquatableList.Of(item) }),
        };
        Assert.Equal("", Codes(comma));
        Assert.Equal("E014", Codes(comma with { Totals = new("10", "100.000", "1") }));
    }

    [Theory]
    [InlineData("240", "")]
    [InlineData("0240", "")]
    [InlineData("239", "E014")]
    [InlineData("240.0", "E014")]
    [InlineData("", "E014")]
    public void Package_total_equals_the_sum_of_GID_packages(string total, string expected) =>
        Assert.Equal(expected, Codes(WithTotals(total, "2720.750", "2")));

    [Theory]
    [InlineData("2", "")]
    [InlineData("02", "")]
    [InlineData("1", "E014")]
    [InlineData("3", "E014")]
    [InlineData(null, "E014")]
    public void Container_total_equals_the_number_of_EQD(string? containers, string expected) =>
        Assert.Equal(expected, Codes(WithTotals("240", "2720.750", containers)));

    [Fact]
    public void Container_total_without_equipment_is_E014()
    {
        var air = AirImport(Now);
        var cathay = Strangler.Contracts.Testing.SampleClientKeys.Cathay;
        string AirCodes(CuscarManifest m) =>
            string.Join(",", EmanRules.Check(m, new(Now, cathay)).Select(e => e.Code));
        Assert.Equal("", AirCodes(air));
        Assert.Equal("E014", AirCodes(air with { Totals = air.Totals! with { Containers = "0" } }));
        Assert.Equal("E014", AirCodes(air with { Totals = air.Totals! with { Containers = "1" } }));
    }

    [Fact]
    public void Cni_sequence_with_a_gap_is_E014_and_leading_zeros_compare_numerically()
    {
        var m = SeaImport(Now);
        var second = m.Consignments[1];
        Assert.Equal("E014", Codes(m with { Consignments = EquatableList.Of(m.Consignments[0], second with { Sequence = "3" }) }));
        Assert.Equal("", Codes(m with { Consignments = EquatableList.Of(m.Consignments[0], second with { Sequence = "002" }) }));
    }

    [Theory]
    [InlineData("1", "2", "")]
    [InlineData("01", "02", "")]
    [InlineData("1", "1", "E014")]
    [InlineData("2", "1", "E014")]
    [InlineData("1", "3", "E014")]
    [InlineData("0", "1", "E014")]
    public void Gid_numbers_run_1_to_n_within_each_consignment(string first, string second, string expected)
    {
        var m = SeaImport(Now);
        var c = m.Consignments[1];
        var items = EquatableList.Of(c.GoodsItems[0] with { ItemNumber = first }, c.GoodsItems[1] with { ItemNumber = second });
        Assert.Equal(expected, Codes(m with { Consignments = EquatableList.Of(m.Consignments[0], c with { GoodsItems = items }) }));
    }

    [Theory]
    [InlineData("851779", "")]
    [InlineData("85177", "E014")]
    [InlineData("8517790", "E014")]
    [InlineData("85177A", "E014")]
    public void Hs_codes_are_6_digits(string hs, string expected) =>
        Assert.Equal(expected, Codes(WithFirstItem(i => i with { HsCode = hs })));

    [Fact]
    public void An_item_without_HS_code_passes() =>
        Assert.Equal("", Codes(WithFirstItem(i => i with { HsCode = null })));

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("x")]
    public void Gid_packages_must_be_a_positive_integer(string packages) =>
        Assert.Equal("E014", Codes(WithFirstItem(i => i with { Packages = packages })));

    [Theory]
    [InlineData("0")]
    [InlineData("0.000")]
    [InlineData("1500.5001")]
    [InlineData(".5")]
    public void Item_weights_must_be_positive_with_at_most_3_decimals(string weight) =>
        Assert.Equal("E014", Codes(WithFirstItem(i => i with { GrossWeight = weight })));
}
