using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison.Tests;

public sealed class EdifactComparisonTests
{
    private const string Gets01 = "gets/01-import-sea-accepted.edi";
    private const string Gets02 = "gets/02-export-air-late-penalty.edi";
    private const string Gets03 = "gets/03-vague-description-rejected.edi";
    private const string Gets04 = "gets/04-two-messages-one-bad-unt.edi";

    private static string Legacy(string file) => SampleAnswers.Text(file, AnswerStamp.Legacy);

    [Fact]
    public void A_copy_whose_UNB_date_time_and_interchange_ref_differ_is_equal()
    {
        var answer = Legacy(Gets01);
        var copy = Compare.ReplaceOnce(answer, "+261126:1200+R0000000000042'", "+261127:0931+R0000000099999'");
        copy = Compare.ReplaceOnce(copy, "UNZ+1+R0000000000042'", "UNZ+1+R0000000099999'");

        var comparison = Compare.Ok(ContractInterface.Gets, answer, copy);

        Assert.Equal(ComparisonVerdict.Equal, comparison.Verdict);
        Assert.Equal("CUSRES", comparison.MessageType);
    }

    [Fact]
    public void A_changed_charge_MOA_is_different_on_that_field_with_both_values()
    {
        var answer = Legacy(Gets01);
        var changed = Compare.ReplaceOnce(answer, "MOA+161:7.00:HKD'", "MOA+161:7.10:HKD'");

        var comparison = Compare.Ok(ContractInterface.Gets, answer, changed);

        Assert.Equal(ComparisonVerdict.Different, comparison.Verdict);
        Assert.Equal([new AnswerDifference("CUSRES[M1].MOA+161", "MOA+161:7.00:HKD", "MOA+161:7.10:HKD")], comparison.Differences);
    }

    [Fact]
    public void A_changed_error_code_is_different_on_the_ERC_and_its_text()
    {
        var answer = Legacy(Gets03);
        var changed = Compare.ReplaceOnce(answer, "ERC+E015:HKE'\nFTX+AAO+++GOODS DESCRIPTION TOO VAGUE'",
            "ERC+E016:HKE'\nFTX+AAO+++AMOUNT OR QUANTITY INVALID'");

        var comparison = Compare.Ok(ContractInterface.Gets, answer, changed);

        Assert.Equal(
            [
                new AnswerDifference("CUSRES[M1].ERC", "ERC+E015:HKE", "ERC+E016:HKE"),
                new AnswerDifference("CUSRES[M1].FTX+AAO", "FTX+AAO+++GOODS DESCRIPTION TOO VAGUE", "FTX+AAO+++AMOUNT OR QUANTITY INVALID"),
            ],
            comparison.Differences);
    }

    [Fact]
    public void A_penalty_missing_on_one_side_is_listed_as_absent_there()
    {
        var answer = Legacy(Gets02);
        var withoutPenalty = Compare.ReplaceOnce(Compare.ReplaceOnce(answer, "MOA+55:20.00:HKD'\n", ""), "UNT+9+M1'", "UNT+8+M1'");

        var comparison = Compare.Ok(ContractInterface.Gets, answer, withoutPenalty);

        Assert.Equal(
            [
                new AnswerDifference("CUSRES[M1].MOA+55", "MOA+55:20.00:HKD", null),
                new AnswerDifference("CUSRES[M1].UNT", "UNT+9+M1", "UNT+8+M1"),
            ],
            comparison.Differences);
    }

    [Fact]
    public void Differences_are_named_by_the_message_ref_of_their_CUSRES()
    {
        var answer = Legacy(Gets04);
        var changed = Compare.ReplaceOnce(answer, "ERC+E003:HKE'", "ERC+E005:HKE'");

        var comparison = Compare.Ok(ContractInterface.Gets, answer, changed);

        Assert.Equal([new AnswerDifference("CUSRES[M2].ERC", "ERC+E003:HKE", "ERC+E005:HKE")], comparison.Differences);
    }

    [Fact]
    public void The_legacy_rejection_of_a_pre_shipment_declaration_differs_from_the_new_cores_acceptance()
    {
        var legacy = Legacy("gets/05-pre-shipment-new-core.edi");
        var newCore = legacy.Replace("+27'", "+29'", StringComparison.Ordinal)
            .Replace("ERP+1'\nERC+E004:HKE'\nFTX+AAO+++SEGMENT UNKNOWN, MISPLACED OR REPEATED'\n",
                "RFF+ABT:TD4261126" + "5000001'\nGIS+AC:HKS'\nMOA+161:25.70:HKD'\n", StringComparison.Ordinal);

        var comparison = Compare.Ok(ContractInterface.Gets, legacy, newCore);

        Assert.Equal(ComparisonVerdict.Different, comparison.Verdict);
        Assert.Contains(comparison.Differences, d => d is { Field: "CUSRES[M1].BGM", Primary: "BGM+962+LRN-2026-0006+27", Secondary: "BGM+962+LRN-2026-0006+29" });
        Assert.Contains(new AnswerDifference("CUSRES[M1].ERC", "ERC+E004:HKE", null), comparison.Differences);
        Assert.Contains(new AnswerDifference("CUSRES[M1].MOA+161", null, "MOA+161:25.70:HKD"), comparison.Differences);
    }

    [Fact]
    public void An_issued_TDEC_number_from_the_other_block_is_equal_but_one_of_another_mode_is_different()
    {
        var answer = Legacy(Gets01);
        var otherBlock = Compare.ReplaceOnce(answer, "RFF+ABT:TD12611260000001'", "RFF+ABT:TD12611265000001'");
        var otherMode = Compare.ReplaceOnce(answer, "RFF+ABT:TD12611260000001'", "RFF+ABT:TD42611260000001'");

        Assert.Equal(ComparisonVerdict.Equal, Compare.Ok(ContractInterface.Gets, answer, otherBlock).Verdict);
        Assert.Equal(
            [new AnswerDifference("CUSRES[M1].RFF+ABT", "RFF+ABT:TD12611260000001", "RFF+ABT:TD42611260000001")],
            Compare.Ok(ContractInterface.Gets, answer, otherMode).Differences);
    }

    [Theory]
    [InlineData("TD1261126000000")]
    [InlineData("TD12611320000001")]
    [InlineData("EM12611260000001")]
    public void A_malformed_or_other_kind_of_issued_reference_is_different(string issued)
    {
        var answer = Legacy(Gets01);
        var changed = Compare.ReplaceOnce(answer, "RFF+ABT:TD12611260000001'", $"RFF+ABT:{issued}'");

        Assert.Equal(
            [new AnswerDifference("CUSRES[M1].RFF+ABT", "RFF+ABT:TD12611260000001", $"RFF+ABT:{issued}")],
            Compare.Ok(ContractInterface.Gets, answer, changed).Differences);
    }

    [Fact]
    public void A_malformed_answer_interchange_ref_is_different_in_UNB_and_UNZ()
    {
        var answer = Legacy(Gets01);
        var changed = answer.Replace("R0000000000042", "ANSWER1", StringComparison.Ordinal);

        Assert.Equal(
            [
                new AnswerDifference("UNB.5", "R0000000000042", "ANSWER1"),
                new AnswerDifference("UNZ.2", "R0000000000042", "ANSWER1"),
            ],
            Compare.Ok(ContractInterface.Gets, answer, changed).Differences);
    }

    [Fact]
    public void A_different_received_at_in_DTM_182_is_different()
    {
        var answer = Legacy(Gets01);
        var changed = Compare.ReplaceOnce(answer, "DTM+182:202611261200:203'", "DTM+182:202611261201:203'");

        Assert.Equal(
            [new AnswerDifference("CUSRES[M1].DTM+182", "DTM+182:202611261200:203", "DTM+182:202611261201:203")],
            Compare.Ok(ContractInterface.Gets, answer, changed).Differences);
    }

    [Fact]
    public void An_answer_written_with_other_service_characters_is_read_through_its_UNA()
    {
        var answer = Legacy(Gets01);
        var body = answer["UNA:+.? '".Length..].Replace('+', '*').Replace(':', '^').Replace('\'', '~').Replace("\n", "\r\n", StringComparison.Ordinal);

        var comparison = Compare.Ok(ContractInterface.Gets, answer, "UNA^*.? ~" + body);

        Assert.Equal([new AnswerDifference("UNA", ":+.? '", "^*.? ~")], comparison.Differences);
    }

    [Fact]
    public void Released_separators_in_data_are_shown_released_and_compared_as_data()
    {
        var answer = Legacy(Gets01);
        var released = Compare.ReplaceOnce(answer, "BGM+962+LRN-2026-0001+29'", "BGM+962+LRN?+2026+29'");
        var split = Compare.ReplaceOnce(answer, "BGM+962+LRN-2026-0001+29'", "BGM+962+LRN+2026+29'");

        Assert.Equal(
            [new AnswerDifference("CUSRES[M1].BGM", "BGM+962+LRN?+2026+29", "BGM+962+LRN+2026+29")],
            Compare.Ok(ContractInterface.Gets, released, split).Differences);
    }

    [Fact]
    public void An_extra_message_on_one_side_is_listed_field_by_field()
    {
        var answer = Legacy(Gets03);
        var twice = Compare.ReplaceOnce(answer, "UNZ+1+", "UNH+M9+CUSRES:D:96B:UN:HKGETS'\nUNT+2+M9'\nUNZ+2+");

        Assert.Equal(
            [
                new AnswerDifference("UNZ.1", "1", "2"),
                new AnswerDifference("CUSRES[M9].UNH", null, "UNH+M9+CUSRES:D:96B:UN:HKGETS"),
                new AnswerDifference("CUSRES[M9].UNT", null, "UNT+2+M9"),
            ],
            Compare.Ok(ContractInterface.Gets, answer, twice).Differences);
    }

    [Fact]
    public void EMAN_notices_naming_the_EMAN_ref_in_BGM_compare_it_by_format_and_the_consignments_exactly()
    {
        byte[] Notice(string emanRef, string transportDocument) => CusresWriter.Write(CusresAnswers.Interchange(
            AnswerEnvelope.ForKey(EdifactInterface.Eman, "MSCUAGENT", AnswerStamp.Noon, "R0000000000100"),
            [CusresAnswers.Notice(1, emanRef, AnswerStamp.Noon, 7, isRelease: false, [new CusresConsignment("1", transportDocument)])]));

        var legacy = Notice("EM12611260000001", "MSCUHKG123456");

        Assert.Equal(ComparisonVerdict.Equal, Compare.Ok(ContractInterface.Eman, legacy, Notice("EM12611265000001", "MSCUHKG123456")).Verdict);
        Assert.Equal(
            [new AnswerDifference("CUSRES[1].CNI", "CNI+1+MSCUHKG123456", "CNI+1+MSCUHKG999999")],
            Compare.Ok(ContractInterface.Eman, legacy, Notice("EM12611265000001", "MSCUHKG999999")).Differences);
    }

    [Fact]
    public void A_GETS_BGM_document_number_is_always_compared_exactly()
    {
        var answer = Legacy(Gets01);
        var primary = Compare.ReplaceOnce(answer, "BGM+962+LRN-2026-0001+29'", "BGM+962+TD12611260000001+29'");
        var secondary = Compare.ReplaceOnce(answer, "BGM+962+LRN-2026-0001+29'", "BGM+962+TD12611265000001+29'");

        Assert.Equal(
            [new AnswerDifference("CUSRES[M1].BGM", "BGM+962+TD12611260000001+29", "BGM+962+TD12611265000001+29")],
            Compare.Ok(ContractInterface.Gets, primary, secondary).Differences);
    }

    [Fact]
    public void An_empty_feed_is_a_CUSRES_interchange()
    {
        var feed = CusresWriter.Write(CusresAnswers.Interchange(
            AnswerEnvelope.ForKey(EdifactInterface.Eman, "MSCUAGENT", AnswerStamp.Noon, "R0000000000100"), []));

        var comparison = Compare.Ok(ContractInterface.Eman, feed, feed);

        Assert.Equal((ComparisonVerdict.Equal, "CUSRES"), (comparison.Verdict, comparison.MessageType));
        Assert.Empty(comparison.Differences);
    }

    [Fact]
    public void An_unreadable_interchange_on_one_side_is_compared_as_raw_bytes()
    {
        var answer = Legacy(Gets01);
        var truncated = answer[..answer.IndexOf("UNZ", StringComparison.Ordinal)];

        var comparison = Compare.Ok(ContractInterface.Gets, answer, truncated);

        var difference = Assert.Single(comparison.Differences);
        Assert.Equal("body", difference.Field);
        Assert.Equal($"{answer.Length} bytes, from byte {truncated.Length}: UNZ+1+R0000000000042'\\x0A", difference.Primary);
        Assert.Equal($"{truncated.Length} bytes, ending at byte {truncated.Length}", difference.Secondary);
        Assert.Equal("CUSRES", comparison.MessageType);
    }
}
