using Strangler.Contracts.Testing;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Rules;
using static Strangler.RocarsXml.Tests.Fixture;

namespace Strangler.RocarsXml.Tests;

public sealed class RuleTests
{
    private const string Figures = "<HsCode>85177900</HsCode><GrossWeightKg>420.500</GrossWeightKg><ValueHkd>88000.00</ValueHkd>";
    private const string Cancel =
        Declaration + "<AciSubmission xmlns=\"urn:hk:rocars:1\"><MessageId>CNL-1</MessageId><Function>CANCEL</Function><Ccrn>C261126000000013</Ccrn></AciSubmission>";

    [Theory]
    [InlineData("<ControlPoint>XYZ</ControlPoint>")]
    [InlineData("<ControlPoint>lmc</ControlPoint>")]
    public void An_unlisted_control_point_is_R011_not_R001(string controlPoint)
    {
        Assert.Equal(["R011"], AciCodes(AciWith("<ControlPoint>LMC</ControlPoint>", controlPoint)));
        Assert.Equal(["R011"], BundleCodes(BundleWith("<ControlPoint>LMC</ControlPoint>", controlPoint)));
    }

    [Theory]
    [InlineData("<HsCode>8517790</HsCode>")]
    [InlineData("<HsCode>8517790A</HsCode>")]
    [InlineData("<HsCode></HsCode>")]
    [InlineData("<HsCode/><GrossWeightKg>0</GrossWeightKg><ValueHkd>0.001</ValueHkd>")]
    [InlineData("<GrossWeightKg>0.000</GrossWeightKg>")]
    [InlineData("<GrossWeightKg>1.2345</GrossWeightKg>")]
    [InlineData("<GrossWeightKg>-1</GrossWeightKg>")]
    [InlineData("<GrossWeightKg>1e3</GrossWeightKg>")]
    [InlineData("<GrossWeightKg>1,5</GrossWeightKg>")]
    [InlineData("<ValueHkd>1.234</ValueHkd>")]
    [InlineData("<ValueHkd>.5</ValueHkd>")]
    [InlineData("<ValueHkd>   </ValueHkd>")]
    public void HsCode_weight_and_value_failing_their_rule_whatever_their_content_are_R013_only(string figures)
    {
        var request = RocarsRequests.DecodeAci(Bytes(AciWith(Figures, figures)), RocarsEndpoint.Aci, Context());

        Assert.Equal(["R013"], Codes(request));
        Assert.NotNull(request.Document);
    }

    [Fact]
    public void Figures_are_optional_and_read_with_leading_zeros()
    {
        var article = Assert.Single(RocarsReader.ReadAciSubmission(
            Bytes(AciWith(Figures, "<GrossWeightKg>007.5</GrossWeightKg>")), RocarsEndpoint.Aci).Document!.Lodgement!.Articles);

        Assert.Equal(new Article("MOBILE PHONE PARTS", null, 7.5m, null), article);
    }

    [Fact]
    public void Every_applicable_field_code_is_reported_once_in_ascending_order()
    {
        var article = "<Article><Description>fak</Description><HsCode>1</HsCode></Article>";
        var xml = AciWith("<ControlPoint>LMC</ControlPoint>", "<ControlPoint>XXX</ControlPoint>")
            .Replace("2026-11-26T15:00:00+08:00", "2026-11-26T12:00:00+08:00")
            .Replace("</Articles>", article + article + "</Articles>");

        Assert.Equal(["R010", "R011", "R012", "R013"], AciCodes(xml));
    }

    [Theory]
    [InlineData("AMEND", "C261126000000014")]
    [InlineData("AMEND", "C26112600000001")]
    [InlineData("AMEND", "c261126000000013")]
    [InlineData("CANCEL", "B26112600000001")]
    public void An_amend_or_cancel_of_a_malformed_ccrn_is_R020(string function, string ccrn)
    {
        var xml = function == "AMEND"
            ? AciWith("<Function>ORIGINAL</Function>", $"<Function>AMEND</Function><Ccrn>{ccrn}</Ccrn>")
            : Cancel.Replace("C261126000000013", ccrn);

        Assert.Equal(["R020"], AciCodes(xml));
    }

    [Fact]
    public void A_cancel_carries_only_its_head()
    {
        var request = RocarsRequests.DecodeAci(Bytes(Cancel), RocarsEndpoint.Aci, Context(SampleClientKeys.Shipper));

        Assert.Empty(request.Errors);
        Assert.Equal(new AciSubmission("CNL-1", AciFunction.Cancel, Ccrn, null, null), request.Document);
    }

    [Theory]
    [InlineData("C261126000000014")]
    [InlineData("C261126000000013 C261126000000013")]
    [InlineData("C261126000000021 X")]
    public void A_malformed_or_repeated_ccrn_in_a_bundle_is_R031(string ccrns)
    {
        var xml = BundleWith("<Ccrn>C261126000000013</Ccrn>", string.Concat(ccrns.Split(' ').Select(c => $"<Ccrn>{c}</Ccrn>")));

        Assert.Equal(["R031"], BundleCodes(xml));
    }

    [Theory]
    [InlineData("A1", true)]
    [InlineData("ZZ9999", true)]
    [InlineData("HK100", true)]
    [InlineData("AB12345", false)]
    [InlineData("ABC123", false)]
    [InlineData("IO123", false)]
    [InlineData("Q1", false)]
    [InlineData("A0123", false)]
    [InlineData("ab1234", false)]
    [InlineData("AB", false)]
    [InlineData("1234", false)]
    [InlineData("AB 1234", false)]
    public void The_vrn_is_a_hong_kong_registration_mark_else_R033(string vrn, bool valid)
    {
        Assert.Equal(valid, RocarsReferences.IsVrn(vrn));
        Assert.Equal(valid ? "" : "R033", string.Join(' ', BundleCodes(BundleWith("AB1234", vrn))));
    }

    [Fact]
    public void Bundle_field_codes_come_together_in_ascending_order()
    {
        var xml = BundleWith("AB1234", "IO1").Replace("LMC", "XYZ").Replace("14:00:00", "12:00:00").Replace("C261126000000013", "C1");

        Assert.Equal(["R011", "R030", "R031", "R033"], BundleCodes(xml));
    }

    [Theory]
    [InlineData("", "test-cnsw", "R040")]
    [InlineData("<Source>CNSW2</Source>", "test-cnsw", "R040")]
    [InlineData("<Source>cnsw</Source>", null, "R040")]
    [InlineData("<Source>CNSW</Source>", "test-shipper", "R040")]
    [InlineData("<Source>CNSW</Source>", "test-driver", "R040")]
    [InlineData("<Source>CNSW</Source>", "test-cnsw", "")]
    [InlineData("<Source> CNSW </Source>", null, "")]
    public void On_ssdd_another_key_or_a_source_other_than_cnsw_is_R040(string source, string? key, string codes)
    {
        var xml = AciWith("</Function>", "</Function>" + source);

        Assert.Equal(codes, string.Join(' ', AciCodes(xml, RocarsEndpoint.Ssdd, key is null ? null : SampleClientKeys.ByKey(key))));
    }

    [Fact]
    public void A_cancel_on_ssdd_needs_its_source_too()
    {
        Assert.Equal(["R040"], AciCodes(Cancel, RocarsEndpoint.Ssdd, SampleClientKeys.Cnsw));
        Assert.Empty(AciCodes(Cancel.Replace("</Ccrn>", "</Ccrn><Source>CNSW</Source>"), RocarsEndpoint.Ssdd, SampleClientKeys.Cnsw));
    }

    [Fact]
    public void A_key_outside_its_roles_is_R041_alone_after_the_layout_rules()
    {
        var late = AciWith("2026-11-26T15:00:00+08:00", "2026-11-26T12:10:00+08:00");

        Assert.Equal(["R041"], AciCodes(late, RocarsEndpoint.Aci, SampleClientKeys.Driver));
        Assert.Equal(["R041"], AciCodes(Aci, RocarsEndpoint.Aci, SampleClientKeys.Cnsw));
        Assert.Equal(["R041"], BundleCodes(Bundle, SampleClientKeys.Shipper));
        Assert.Equal(["R001"], AciCodes(AciWith("<Count>40</Count>", "<Count>0</Count>"), RocarsEndpoint.Aci, SampleClientKeys.Driver));
        Assert.Equal(["R002"], AciCodes(AciWith("</Function>", "</Function><Remarks/>"), RocarsEndpoint.Aci, SampleClientKeys.Driver));
        Assert.Equal(["R010"], AciCodes(late, RocarsEndpoint.Aci, client: null));
    }

    [Theory]
    [InlineData(null, "B26112600000001", "test-driver", "R001", "")]
    [InlineData("", "B26112600000001", "test-driver", "R001", "")]
    [InlineData("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM", "B26112600000001", "test-driver", "R001", "")]
    [InlineData("DEL-1", "B26112600000001", "test-shipper", "R041", "DEL-1")]
    [InlineData("DEL-1", "B26113200000001", "test-driver", "R034", "DEL-1")]
    [InlineData("DEL-1", "anything", "test-driver", "R034", "DEL-1")]
    [InlineData("DEL-1", "B26112600000001", "test-driver", "", "DEL-1")]
    public void A_bundle_delete_needs_a_message_id_a_driver_and_a_well_formed_ref(string? messageId, string bundleRef, string key, string codes, string answerId)
    {
        var request = RocarsRequests.DecodeBundleDelete(messageId, bundleRef, Context(SampleClientKeys.ByKey(key)));

        Assert.Equal(codes, string.Join(' ', Codes(request)));
        Assert.Equal(answerId, request.AnswerMessageId);
    }

    [Fact]
    public void Store_errors_join_the_field_errors_in_ascending_order_unless_one_is_reported_alone()
    {
        var request = RocarsRequests.DecodeAci(Bytes(AciWith("<ControlPoint>LMC</ControlPoint>", "<ControlPoint>X</ControlPoint>")), RocarsEndpoint.Aci, Context());

        Assert.Equal(["R011", "R020", "R021"], request.WithStoreErrors([RocarsErrors.Error("R021"), RocarsErrors.Error("R020"), RocarsErrors.Error("R011")]).Select(e => e.Code));
        Assert.Equal(["R003"], request.WithStoreErrors([RocarsErrors.Error("R021"), RocarsErrors.Error("R003")]).Select(e => e.Code));
    }

    [Fact]
    public void Answers_with_R001_or_R003_are_not_recorded()
    {
        Assert.False(RocarsErrors.IsRecorded([RocarsErrors.Error("R001")]));
        Assert.False(RocarsErrors.IsRecorded([RocarsErrors.Error("R003")]));
        Assert.True(RocarsErrors.IsRecorded([RocarsErrors.Error("R002")]));
        Assert.True(RocarsErrors.IsRecorded([]));
    }

    [Theory]
    [InlineData("AB1234", "LMC", true)]
    [InlineData("AB1234", "XYZ", false)]
    [InlineData("AB01", "LMC", false)]
    [InlineData(null, "LMC", false)]
    [InlineData("AB1234", null, false)]
    public void A_clearance_query_needs_a_valid_vrn_and_a_known_control_point(string? vrn, string? controlPoint, bool valid)
    {
        Assert.Equal(valid, RocarsRequests.IsClearanceQuery(vrn, controlPoint));
    }

    [Fact]
    public void Every_code_has_its_fixed_text()
    {
        Assert.Equal(16, RocarsErrors.Codes.Count);
        Assert.Equal("CCRN is in a bundle; unbundle it first.", RocarsErrors.Text("R021"));
        Assert.Equal("Bundle unknown, not yours, or not live.", RocarsErrors.Text("R034"));
        Assert.Throws<ArgumentOutOfRangeException>(() => RocarsErrors.Text("R999"));
    }

    [Fact]
    public void References_have_their_formats()
    {
        Assert.Equal("B26112650000042", RocarsReferences.NewBundleRef(Date, 50_000_042));
        Assert.True(RocarsReferences.IsBundleRef("B26112650000042"));
        Assert.False(RocarsReferences.IsBundleRef("B2611265000004"));
        Assert.Equal("C260115000000019", RocarsReferences.NewCcrn(new DateOnly(2026, 1, 15), 1));
        Assert.True(RocarsReferences.IsCcrn("C260115000000019"));
        Assert.False(RocarsReferences.IsCcrn("C260115000000018"));
    }

    [Fact]
    public void A_bundle_is_live_until_24_hours_after_its_expected_arrival()
    {
        var arrival = Now.AddHours(2);

        Assert.True(BundleLife.IsLive(arrival, unbundled: false, arrival.AddHours(24).AddSeconds(-1)));
        Assert.False(BundleLife.IsLive(arrival, unbundled: false, arrival.AddHours(24)));
        Assert.False(BundleLife.IsLive(arrival, unbundled: true, Now));
    }

    [Theory]
    [InlineData(RocarsEndpoint.Aci, "test-shipper")]
    [InlineData(RocarsEndpoint.Ssdd, "test-cnsw")]
    [InlineData(RocarsEndpoint.AciRecord, "test-shipper test-driver test-cnsw")]
    [InlineData(RocarsEndpoint.Bundles, "test-driver")]
    [InlineData(RocarsEndpoint.BundleDelete, "test-driver")]
    [InlineData(RocarsEndpoint.Clearance, "test-driver")]
    public void Each_endpoint_has_its_roles(RocarsEndpoint endpoint, string keys)
    {
        Assert.Equal(keys, string.Join(' ', SampleClientKeys.All.Where(k => RocarsRoles.MayCall(endpoint, k)).Select(k => k.Key)));
    }

    [Fact]
    public void Check_takes_an_aci_with_source_as_ssdd_and_reads_answers_by_their_root()
    {
        var ssdd = RocarsCheck.Check(Bytes(AciWith("</Function>", "</Function><Source>X</Source>")), Context());
        var answer = RocarsCheck.Check(RocarsWriter.Write(AciResponse.Accepted("M", Ccrn, Now)), Context());
        var wrong = RocarsCheck.Check(Bytes(Bundle), Context(), RocarsEndpoint.Aci);

        Assert.Equal(["R040"], ssdd.Errors.Select(e => e.Code));
        Assert.Equal("AciResponse", answer.MessageType);
        Assert.True(answer.IsValid);
        Assert.Equal(["R001"], wrong.Errors.Select(e => e.Code));
    }
}
