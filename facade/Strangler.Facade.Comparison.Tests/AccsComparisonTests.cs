using System.Text;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Waybills;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison.Tests;

public sealed class AccsComparisonTests
{
    private const string Fwb01 = "accs/01-fwb-accepted.txt";

    private static string Legacy(string file) => SampleAnswers.Text(file, AnswerStamp.Legacy);

    private static string Csn(ActionCode code, int? cursor = null)
    {
        Assert.True(AirWaybillLine.TryParse("160-22222222HKGLHR/P5K50.0T10", out var line));
        var csn = Encoding.UTF8.GetString(CustomsStatusNotification.Create(line!, code, AnswerStamp.Noon, "CX251", "26NOV").ToBytes());
        return cursor is null ? csn : $"{csn}CUR/{cursor}\r\n\r\n";
    }

    [Fact]
    public void A_different_receipt_number_is_equal()
    {
        var legacy = Legacy(Fwb01);
        var newCore = SampleAnswers.Text(Fwb01, AnswerStamp.NewCore);

        var comparison = Compare.Ok(ContractInterface.Accs, legacy, newCore);

        Assert.NotEqual(legacy, newCore);
        Assert.Equal((ComparisonVerdict.Equal, "FMA"), (comparison.Verdict, comparison.MessageType));
        Assert.Empty(comparison.Differences);
    }

    [Fact]
    public void A_malformed_receipt_number_is_different_on_line_2()
    {
        var legacy = Legacy(Fwb01);
        var receipt = SampleAnswers.Receipt(AnswerStamp.Legacy);
        var changed = Compare.ReplaceOnce(legacy, receipt, "A26112600000001");

        Assert.Equal(
            [new AnswerDifference("line 2", $"ACK/ACCEPTED/{receipt}", "ACK/ACCEPTED/A26112600000001")],
            Compare.Ok(ContractInterface.Accs, legacy, changed).Differences);
    }

    [Fact]
    public void An_FMA_against_an_FNA_differs_in_lines_1_and_2_only()
    {
        var accepted = Legacy(Fwb01);
        var rejected = Encoding.UTF8.GetString(AccsAnswer.Rejected(SampleAnswers.Request(Fwb01), "A012"));

        var comparison = Compare.Ok(ContractInterface.Accs, accepted, rejected);

        Assert.Equal(
            [
                new AnswerDifference("line 1", "FMA/1", "FNA/1"),
                new AnswerDifference("line 2", $"ACK/ACCEPTED/{SampleAnswers.Receipt(AnswerStamp.Legacy)}", "ACK/A012/DESCRIPTION OF GOODS TOO VAGUE"),
            ],
            comparison.Differences);
        Assert.Equal("FMA", comparison.MessageType);
    }

    [Fact]
    public void A_changed_error_code_is_different_on_the_ACK_line()
    {
        var answer = Legacy("accs/04-fwb-bad-check-digit.txt");
        var changed = Encoding.UTF8.GetString(AccsAnswer.Rejected(SampleAnswers.Request("accs/04-fwb-bad-check-digit.txt"), "A004"));

        Assert.Equal(
            [new AnswerDifference("line 2", "ACK/A010/AIR WAYBILL CHECK DIGIT WRONG", "ACK/A004/LINE OUT OF PLACE OR MALFORMED")],
            Compare.Ok(ContractInterface.Accs, answer, changed).Differences);
    }

    [Fact]
    public void A_different_action_code_is_different_on_line_3_of_the_CSN()
    {
        var comparison = Compare.Ok(ContractInterface.Accs, Csn(ActionCode.NoDecision), Csn(ActionCode.PhysicalExamination));

        Assert.Equal([new AnswerDifference("line 3", "CSN/NA/26NOV1200/CX251/26NOV", "CSN/PX/26NOV1200/CX251/26NOV")], comparison.Differences);
        Assert.Equal("CSN", comparison.MessageType);
    }

    [Fact]
    public void Feed_entries_are_numbered()
    {
        var feed = Csn(ActionCode.NoDecision, 1) + Csn(ActionCode.NotConstrained, 2);
        var changed = Csn(ActionCode.NoDecision, 1) + Csn(ActionCode.NotConstrained, 3);

        Assert.Equal([new AnswerDifference("entry 2 line 4", "CUR/2", "CUR/3")], Compare.Ok(ContractInterface.Accs, feed, changed).Differences);
        Assert.Equal(
            [
                new AnswerDifference("entry 2 line 1", "CSN/1", null),
                new AnswerDifference("entry 2 line 2", "160-22222222HKGLHR/P5K50.0T10", null),
                new AnswerDifference("entry 2 line 3", "CSN/NC/26NOV1200/CX251/26NOV", null),
                new AnswerDifference("entry 2 line 4", "CUR/2", null),
            ],
            Compare.Ok(ContractInterface.Accs, feed, Csn(ActionCode.NoDecision, 1)).Differences);
    }

    [Fact]
    public void LF_line_endings_are_not_a_difference()
    {
        var answer = Legacy(Fwb01);

        Assert.Equal(ComparisonVerdict.Equal, Compare.Ok(ContractInterface.Accs, answer, answer.Replace("\r\n", "\n", StringComparison.Ordinal)).Verdict);
    }

    [Fact]
    public void Two_empty_feeds_are_equal_without_a_message_type()
    {
        var comparison = Compare.Ok(ContractInterface.Accs, [], []);

        Assert.Equal((ComparisonVerdict.Equal, (string?)null), (comparison.Verdict, comparison.MessageType));
        Assert.Empty(comparison.Differences);
    }

    [Fact]
    public void An_answer_not_opening_with_a_message_identifier_is_compared_as_raw_bytes()
    {
        var comparison = Compare.Ok(ContractInterface.Accs, "FMA/1\r\n", "HELLO\r\n");

        Assert.Equal([new AnswerDifference("body", "7 bytes, from byte 0: FMA/1\\x0D\\x0A", "7 bytes, from byte 0: HELLO\\x0D\\x0A")], comparison.Differences);
        Assert.Equal("FMA", comparison.MessageType);
    }
}
