using Strangler.Facade.Routing;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Facade.Comparison.Tests;

public sealed class RocarsComparisonTests
{
    private const string Aci01 = "rocars/01-aci-accepted.xml";
    private const string Aci02 = "rocars/02-aci-too-late-rejected.xml";
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8"?>""";

    private static string Legacy(string file) => SampleAnswers.Text(file, AnswerStamp.Legacy);

    [Fact]
    public void GO_against_STOP_is_different_on_the_instruction_only()
    {
        var comparison = Compare.Ok(ContractInterface.Rocars,
            SampleAnswers.Clearance(AnswerStamp.Legacy, ClearanceDecision.Go),
            SampleAnswers.Clearance(AnswerStamp.NewCore, ClearanceDecision.Stop));

        Assert.Equal(ComparisonVerdict.Different, comparison.Verdict);
        Assert.Equal([new AnswerDifference("ClearanceInstruction/Instruction", "GO", "STOP")], comparison.Differences);
        Assert.Equal("ClearanceInstruction", comparison.MessageType);
    }

    [Fact]
    public void A_changed_status_is_different_with_both_values()
    {
        var answer = Legacy(Aci01);
        var changed = Compare.ReplaceOnce(answer, "<Status>ACCEPTED</Status>", "<Status>REJECTED</Status>");

        Assert.Equal([new AnswerDifference("AciResponse/Status", "ACCEPTED", "REJECTED")], Compare.Ok(ContractInterface.Rocars, answer, changed).Differences);
    }

    [Fact]
    public void A_changed_error_code_is_different_on_the_error_text_and_its_code_attribute()
    {
        var answer = Legacy(Aci02);
        var changed = RocarsWriter.Write(AciResponse.Rejected("ACI-0002", AnswerStamp.Noon, [RocarsErrors.Error(RocarsErrors.R012)]));

        Assert.Equal(
            [
                new AnswerDifference("AciResponse/Errors/Error", RocarsErrors.Text("R010"), RocarsErrors.Text("R012")),
                new AnswerDifference("AciResponse/Errors/Error/@code", "R010", "R012"),
            ],
            Compare.Ok(ContractInterface.Rocars, System.Text.Encoding.UTF8.GetBytes(answer), changed).Differences);
    }

    [Fact]
    public void Received_at_is_compared_exactly_because_the_facade_gives_both_systems_the_same()
    {
        var answer = Legacy(Aci01);
        var changed = Compare.ReplaceOnce(answer, "2026-11-26T12:00:00+08:00", "2026-11-26T12:00:01+08:00");

        Assert.Equal(
            [new AnswerDifference("AciResponse/ReceivedAt", "2026-11-26T12:00:00+08:00", "2026-11-26T12:00:01+08:00")],
            Compare.Ok(ContractInterface.Rocars, answer, changed).Differences);
    }

    [Fact]
    public void A_CCRN_failing_its_check_digit_is_different()
    {
        var answer = Legacy(Aci01);
        var ccrn = SampleAnswers.Ccrn(AnswerStamp.Legacy);
        var wrong = ccrn[..^1] + (char)('0' + ((ccrn[^1] - '0' + 1) % 10));

        Assert.Equal(
            [new AnswerDifference("AciResponse/Ccrn", ccrn, wrong)],
            Compare.Ok(ContractInterface.Rocars, answer, Compare.ReplaceOnce(answer, ccrn, wrong)).Differences);
    }

    [Fact]
    public void A_CCRN_against_a_bundle_ref_is_different()
    {
        var answer = Legacy(Aci01);
        var ccrn = SampleAnswers.Ccrn(AnswerStamp.Legacy);
        var bundleRef = SampleAnswers.BundleRef(AnswerStamp.Legacy);

        Assert.Equal(
            [new AnswerDifference("AciResponse/Ccrn", ccrn, bundleRef)],
            Compare.Ok(ContractInterface.Rocars, answer, Compare.ReplaceOnce(answer, ccrn, bundleRef)).Differences);
    }

    [Fact]
    public void Layout_whitespace_prefixes_and_empty_element_forms_are_not_differences()
    {
        var answer = Legacy("rocars/06-not-well-formed.xml");
        var relaid = "\n<r:AciResponse xmlns:r=\"urn:hk:rocars:1\">\n  <r:MessageId/>\n  <r:Status>REJECTED</r:Status>\n" +
            "  <r:ReceivedAt>2026-11-26T12:00:00+08:00</r:ReceivedAt>\n  <r:Errors><r:Error code=\"R001\">" +
            RocarsErrors.Text("R001") + "</r:Error></r:Errors>\n</r:AciResponse>\n";

        Assert.Contains("<MessageId></MessageId>", answer, StringComparison.Ordinal);
        Assert.Equal(ComparisonVerdict.Equal, Compare.Ok(ContractInterface.Rocars, answer, Declaration + relaid).Verdict);
    }

    [Fact]
    public void Another_namespace_is_different()
    {
        var answer = Legacy(Aci01);
        var changed = Compare.ReplaceOnce(answer, "urn:hk:rocars:1", "urn:hk:rocars:2");

        Assert.Equal([new AnswerDifference("AciResponse/@xmlns", "urn:hk:rocars:1", "urn:hk:rocars:2")], Compare.Ok(ContractInterface.Rocars, answer, changed).Differences);
    }

    [Fact]
    public void Repeated_elements_are_numbered_and_an_element_missing_on_one_side_is_listed()
    {
        const string Record = Declaration + "<AciRecord xmlns=\"urn:hk:rocars:1\"><Ccrn>C261126000000013</Ccrn><Articles>" +
            "<Article><Description>MOBILE PHONE PARTS</Description></Article>" +
            "<Article><Description>CABLES</Description><HsCode>85444900</HsCode></Article></Articles></AciRecord>";
        var changed = Compare.ReplaceOnce(Record, "<Description>CABLES</Description><HsCode>85444900</HsCode>", "<Description>CABLE</Description>");

        Assert.Equal(
            [
                new AnswerDifference("AciRecord/Articles/Article[2]/Description", "CABLES", "CABLE"),
                new AnswerDifference("AciRecord/Articles/Article[2]/HsCode", "85444900", null),
            ],
            Compare.Ok(ContractInterface.Rocars, Record, changed).Differences);
    }

    [Fact]
    public void An_answer_with_a_DTD_is_not_read_and_is_compared_as_raw_bytes()
    {
        var answer = Legacy(Aci01);
        var withDtd = answer.Replace(Declaration, Declaration + "<!DOCTYPE AciResponse [<!ENTITY x \"y\">]>", StringComparison.Ordinal);

        var comparison = Compare.Ok(ContractInterface.Rocars, withDtd, withDtd + " ");

        Assert.Equal("body", Assert.Single(comparison.Differences).Field);
        Assert.Equal(ComparisonVerdict.Equal, Compare.Ok(ContractInterface.Rocars, withDtd, withDtd).Verdict);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"nonsense\"?><AciResponse/>")]
    [InlineData("<AciResponse xmlns=\"urn:hk:rocars:1\"><Status>")]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void An_unreadable_body_is_compared_as_raw_bytes(string body)
    {
        var answer = Legacy(Aci01);

        var comparison = Compare.Ok(ContractInterface.Rocars, answer, body);

        Assert.Equal("body", Assert.Single(comparison.Differences).Field);
        Assert.Equal("AciResponse", comparison.MessageType);
    }

    [Fact]
    public void A_hostile_deep_nesting_is_not_read_and_is_compared_as_raw_bytes()
    {
        var deep = "<AciResponse xmlns=\"urn:hk:rocars:1\">" + string.Concat(Enumerable.Repeat("<X>", 20_000)) +
            string.Concat(Enumerable.Repeat("</X>", 20_000)) + "</AciResponse>";

        Assert.Equal(ComparisonVerdict.Equal, Compare.Ok(ContractInterface.Rocars, deep, deep).Verdict);
        Assert.Equal("body", Assert.Single(Compare.Ok(ContractInterface.Rocars, deep, deep + "\n").Differences).Field);
    }
}
