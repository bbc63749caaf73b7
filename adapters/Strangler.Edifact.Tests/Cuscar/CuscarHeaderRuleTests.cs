using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;
using static Strangler.Edifact.Tests.Cuscar.CuscarExamples;

namespace Strangler.Edifact.Tests.Cuscar;

public sealed class CuscarHeaderRuleTests
{
    internal static string Codes(CuscarManifest m, DateTimeOffset? receivedAt = null, bool withClient = true) =>
        string.Join(",", EmanRules.Check(m, new CheckContext(receivedAt ?? Now, withClient ? SampleClientKeys.Msc : null))
            .Select(e => e.Code));

    [Fact]
    public void Sample_models_pass_every_stateless_rule()
    {
        Assert.Equal("", Codes(SeaImport(Now)));
        Assert.Equal("", Codes(SmallSeaImport(Now)));
        Assert.Empty(EmanRules.Check(AirImport(Now), new CheckContext(Now, SampleClientKeys.Cathay)));
    }

    [Fact]
    public void Import_with_a_departure_date_is_answered_E010() =>
        Assert.Equal("E010", Codes(SeaImport(Now) with { EventQualifier = "133" }));

    [Fact]
    public void Export_from_Hong_Kong_with_a_departure_date_passes() =>
        Assert.Equal("", Codes(SeaImport(Now) with
        {
            DirectionCode = "EX", EventQualifier = "133", PlaceOfLoading = "HKHKG", PlaceOfDischarge = "CNSHA",
        }));

    [Theory]
    [InlineData("IM", "132", "HKHKG", "CNSHA")]
    [InlineData("IM", "132", "HKHKG", "HKKWN")]
    [InlineData("IM", "132", "CNSHA", "CNSZX")]
    [InlineData("EX", "133", "CNSHA", "HKHKG")]
    [InlineData("EX", "132", "HKHKG", "CNSHA")]
    [InlineData("XX", "132", "CNSHA", "HKHKG")]
    public void Direction_dates_and_places_that_disagree_are_answered_E010(string direction, string qualifier, string loading, string discharge) =>
        Assert.Equal("E010", Codes(SeaImport(Now) with
        {
            DirectionCode = direction, EventQualifier = qualifier, PlaceOfLoading = loading, PlaceOfDischarge = discharge,
        }));

    [Fact]
    public void A_malformed_Hong_Kong_locode_is_E013_alone() =>
        Assert.Equal("E013", Codes(SeaImport(Now) with { PlaceOfDischarge = "HKHK1" }));

    [Theory]
    [InlineData("CN")]
    [InlineData("cn")]
    [InlineData("CHN")]
    [InlineData("")]
    public void A_consignee_country_not_of_two_capitals_is_E013(string country)
    {
        var m = SeaImport(Now);
        var first = m.Consignments[0] with { Consignee = Consignee with { Country = country } };
        var expected = country == "CN" ? "" : "E013";
        Assert.Equal(expected, Codes(m with { Consignments = EquatableList.Of(first, m.Consignments[1]) }));
    }

    [Fact]
    public void A_carrier_the_key_may_not_act_for_is_E011() =>
        Assert.Equal("E011", Codes(AirImport(Now)));

    [Fact]
    public void Without_a_client_the_carrier_is_not_authorised_but_still_compared_with_TDT()
    {
        Assert.Equal("", Codes(AirImport(Now), withClient: false));
        var m = SeaImport(Now);
        Assert.Equal("E011", Codes(m with { Conveyance = m.Conveyance with { CarrierCode = "PRDR" } }, withClient: false));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("5")]
    [InlineData("9")]
    [InlineData("")]
    [InlineData("11")]
    public void A_mode_other_than_1_2_4_8_is_E012_only(string mode)
    {
        var m = SeaImport(Now);
        Assert.Equal("E012", Codes(m with { Conveyance = m.Conveyance with { ModeCode = mode } }));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("8")]
    public void Rail_and_river_pass_the_mode_rule(string mode)
    {
        var m = SeaImport(Now);
        Assert.Equal("", Codes(m with { Conveyance = m.Conveyance with { ModeCode = mode } }));
    }

    [Fact]
    public void Statement_2_with_arrival_one_minute_after_receipt_is_E017()
    {
        var m = SeaImport(Now) with { Statement = StatementType.Statement2, EventDateTime = At(Now.AddMinutes(1)) };
        Assert.Equal("E017", Codes(m));
        Assert.Equal("", Codes(m with { EventDateTime = At(Now) }));
        Assert.Equal("", Codes(m, receivedAt: Now.AddMinutes(1).AddSeconds(59)));
    }

    [Fact]
    public void Statement_1_may_name_a_future_arrival() =>
        Assert.Equal("", Codes(SeaImport(Now) with { EventDateTime = At(Now.AddDays(30)) }));

    [Fact]
    public void A_cancellation_is_judged_on_its_carrier_only()
    {
        var cancel = SeaImport(Now) with
        {
            Function = ManifestFunction.Cancellation,
            EmanRef = "EM12601150000001",
            DirectionCode = "XX",
            Conveyance = new("V123E", "3", "MSCU", "9876543", null),
            PlaceOfLoading = "bad",
            Totals = null,
            Equipment = EquatableList<Equipment>.Empty,
            Consignments = EquatableList<Consignment>.Empty,
        };
        Assert.Equal("", Codes(cancel));
        Assert.Equal("E011", Codes(cancel with { CarrierCode = "CX" }));
    }

    [Fact]
    public void Several_faults_are_reported_once_each_in_ascending_code_order()
    {
        var m = SeaImport(Now);
        var bad = m with
        {
            EventQualifier = "133",
            PlaceOfLoading = "cnsha",
            Conveyance = m.Conveyance with { CarrierCode = "XXXX" },
            Equipment = EquatableList.Of(m.Equipment[0], m.Equipment[0]),
            Totals = m.Totals! with { Packages = "241" },
        };
        Assert.Equal("E010,E011,E013,E014,E031,E034", Codes(bad));
    }

    [Fact]
    public void Errors_carry_the_fixed_texts()
    {
        var errors = EmanRules.Check(SeaImport(Now) with { EventQualifier = "133" }, new CheckContext(Now));
        var error = Assert.Single(errors);
        Assert.Equal("DIRECTION, DATES OR LOCATIONS DO NOT AGREE", error.Text);
    }
}
