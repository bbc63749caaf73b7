using System.Text;
using static Strangler.CargoImp.Tests.TestMessages;

namespace Strangler.CargoImp.Tests.Lines;

public sealed class LineSyntaxTests
{
    private const string Fwb = "01-fwb-accepted.txt";

    [Fact]
    public void Lf_line_endings_are_accepted() => Assert.Equal("OK", Outcome(SampleText(Fwb).Replace("\r\n", "\n")));

    [Fact]
    public void A_missing_final_line_break_is_accepted() => Assert.Equal("OK", Outcome(SampleText(Fwb)[..^2]));

    [Fact]
    public void A_leading_byte_order_mark_is_ignored() =>
        Assert.Null(Decode([0xEF, 0xBB, 0xBF, .. Sample(Fwb)]).Error);

    [Fact]
    public void A_second_final_line_break_is_an_empty_line_answered_A004() => Assert.Equal("A004", Outcome(SampleText(Fwb) + "\r\n"));

    [Fact]
    public void An_empty_line_in_the_middle_is_answered_A004() => Assert.Equal("A004", Outcome(Insert(Fwb, 5, "")));

    [Fact]
    public void A_line_of_spaces_is_an_empty_line_answered_A004() => Assert.Equal("A004", Outcome(Insert(Fwb, 5, "   ")));

    [Fact]
    public void Trailing_spaces_are_removed_before_the_checks() => Assert.Equal("OK", Outcome(Replace(Fwb, 6, "NAM/ACME TRADING LTD    ")));

    [Theory]
    [InlineData("FLT/CX251/15\r")]
    [InlineData("FLT/cx251/15")]
    [InlineData("FLT/CX251/15\t")]
    [InlineData("NAM/ACME TRADING LTD\u00C9")]
    [InlineData("OSI/A+B")]
    public void Characters_outside_the_set_are_answered_A002(string line) => Assert.Equal("A002", Outcome(Replace(Fwb, 3, line)));

    [Fact]
    public void A_cr_not_followed_by_lf_is_answered_A002() => Assert.Equal("A002", Outcome("FWB/16\r160-12345675HKGLHR/T10K100.0\r\n"));

    [Fact]
    public void Invalid_utf8_is_answered_A002_without_throwing() =>
        Assert.Equal("A002", Decode([.. "FWB/16\r\n"u8, 0xC3, 0x28, .. "\r\n"u8]).Error!.Code);

    [Fact]
    public void A002_is_found_over_the_whole_body_before_A003_and_A001() =>
        Assert.Equal("A002", Outcome("XYZ/1\r\n" + new string('A', 80) + "\r\nnot allowed\r\n"));

    [Fact]
    public void A_line_of_69_characters_is_accepted_and_70_is_A003()
    {
        var osi69 = "OSI/" + new string('X', 65);
        Assert.Equal("OK", Outcome(Insert(Fwb, 17, osi69)));
        Assert.Equal("A003", Outcome(Insert(Fwb, 17, osi69 + "X")));
    }

    [Fact]
    public void A_long_line_is_A003_even_before_a_wrong_identifier() =>
        Assert.Equal("A003", Outcome("FWX/16\r\n" + new string('A', 70) + "\r\n"));

    [Fact]
    public void A_message_of_3500_characters_is_accepted_and_3501_is_A003()
    {
        Assert.Equal(3500, Encoding.ASCII.GetByteCount(PadTo(3500)));
        Assert.Equal("OK", Outcome(PadTo(3500)));
        Assert.Equal("A003", Outcome(PadTo(3501)));
    }

    [Fact]
    public void The_message_length_counts_lf_endings_as_crlf() =>
        Assert.Equal("A003", Outcome(PadTo(3500).Replace("\r\n", "\n") + "X\n"));

    [Theory]
    [InlineData("")]
    [InlineData("\r\n")]
    [InlineData("FWB/17\r\n")]
    [InlineData("FWB\r\n")]
    [InlineData("FHL/16\r\n")]
    [InlineData("FSU/12\r\n")]
    [InlineData(" FWB/16\r\n")]
    public void An_unknown_identifier_or_empty_body_is_answered_A001(string body) => Assert.Equal("A001", Outcome(body));

    [Fact]
    public void A_body_of_only_a_byte_order_mark_is_answered_A001() => Assert.Equal("A001", Decode([0xEF, 0xBB, 0xBF]).Error!.Code);

    // The FWB sample with OSI lines appended (ignored lines) up to exactly the given length.
    private static string PadTo(int length)
    {
        var text = new StringBuilder(SampleText(Fwb));
        while (length - text.Length > 0)
        {
            var room = length - text.Length - 2; // characters left for the line itself
            var size = room >= 69 + 6 ? 69 : room >= 69 ? room - 6 : room;
            text.Append("OSI/").Append('X', size - 4).Append("\r\n");
        }

        return text.ToString();
    }
}
