using System.Text;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Comparison.Tests;

public sealed class StatusAndBodyTests
{
    [Fact]
    public void Different_status_codes_are_different_on_http_status_alone()
    {
        var answer = SampleAnswers.Answer("gets/01-import-sea-accepted.edi", AnswerStamp.Legacy);

        var comparison = AnswerComparer.Compare(ContractInterface.Gets, 200, answer, 503, []);

        Assert.Equal(ComparisonVerdict.Different, comparison.Verdict);
        Assert.Equal([new AnswerDifference("http.status", "200", "503")], comparison.Differences);
        Assert.Equal("CUSRES", comparison.MessageType);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(415)]
    [InlineData(500)]
    public void Two_empty_answers_with_the_same_non_2xx_status_are_equal(int status)
    {
        var comparison = AnswerComparer.Compare(ContractInterface.Rocars, status, [], status, []);

        Assert.Equal(ComparisonVerdict.Equal, comparison.Verdict);
        Assert.Empty(comparison.Differences);
        Assert.Null(comparison.MessageType);
    }

    [Fact]
    public void A_non_2xx_answer_with_a_body_against_an_empty_one_is_different_on_body()
    {
        var comparison = AnswerComparer.Compare(ContractInterface.Accs, 404, "oops"u8, 404, []);

        Assert.Equal([new AnswerDifference("body", "4 bytes, from byte 0: oops", "0 bytes, ending at byte 0")], comparison.Differences);
    }

    [Fact]
    public void Raw_differences_show_non_printable_bytes_escaped()
    {
        var comparison = AnswerComparer.Compare(ContractInterface.Gets, 500, "ab\\\u00e9"u8, 500, "ab"u8);

        Assert.Equal([new AnswerDifference("body", "5 bytes, from byte 2: \\x5C\\xC3\\xA9", "2 bytes, ending at byte 2")], comparison.Differences);
    }

    [Fact]
    public void An_interface_value_outside_the_enum_is_compared_as_raw_bytes()
    {
        var comparison = AnswerComparer.Compare((ContractInterface)42, 200, "a"u8, 200, "b"u8);

        Assert.Equal([new AnswerDifference("body", "1 bytes, from byte 0: a", "1 bytes, from byte 0: b")], comparison.Differences);
    }

    [Fact]
    public void At_most_100_differences_are_listed_and_the_rest_counted()
    {
        var primary = new StringBuilder("FMA/1\r\n");
        var secondary = new StringBuilder("FMA/1\r\n");
        for (var i = 0; i < 150; i++)
        {
            primary.Append("ACK/A\r\n");
            secondary.Append("ACK/B\r\n");
        }

        var comparison = Compare.Ok(ContractInterface.Accs, primary.ToString(), secondary.ToString());

        Assert.Equal(AnswerComparer.MaxDifferences + 1, comparison.Differences.Count);
        Assert.Equal(new AnswerDifference("line 2", "ACK/A", "ACK/B"), comparison.Differences[0]);
        Assert.Equal(new AnswerDifference("differences.omitted", "50", "50"), comparison.Differences[^1]);
    }
}
