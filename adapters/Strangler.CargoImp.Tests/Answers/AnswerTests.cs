using System.Text;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.References;

namespace Strangler.CargoImp.Tests.Answers;

public sealed class AnswerTests
{
    private static string Ascii(byte[] b) => Encoding.ASCII.GetString(b);

    [Fact]
    public void Fna_echoes_lines_cut_to_69_with_bad_characters_as_dots_and_trailing_spaces_removed()
    {
        var line2 = "abc\tD" + new string('X', 70);
        var request = Encoding.UTF8.GetBytes("FWB/16  \r\n" + line2 + "\r\nFLT/CX251/15\r\n");
        Assert.Equal(
            "FNA/1\r\nACK/A002/CHARACTER NOT ALLOWED\r\nFWB/16\r\n....D" + new string('X', 64) + "\r\n",
            Ascii(AccsAnswer.Rejected(request, "A002")));
    }

    [Fact]
    public void Each_invalid_byte_is_one_dot_and_each_character_outside_the_set_is_one_dot()
    {
        byte[] request = [.. "FWB/16"u8, 0xC3, 0xA9, 0xFF, 0xE2, 0x82, .. "A\rB\r\n"u8];
        Assert.Equal("FNA/1\r\nACK/A002/CHARACTER NOT ALLOWED\r\nFWB/16....A.B\r\n", Ascii(AccsAnswer.Rejected(request, "A002")));
    }

    [Fact]
    public void A_bom_is_not_echoed_and_lf_endings_are_dropped() =>
        Assert.Equal(["FWB/16", "X"], AnswerEcho.Lines([0xEF, 0xBB, 0xBF, .. "FWB/16\nX\nY\n"u8]));

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("FWB/16", new[] { "FWB/16" })]
    [InlineData("FWB/16\r\n", new[] { "FWB/16" })]
    [InlineData("\r\nX\r\n", new[] { "X" })]
    [InlineData("   \r\n   \r\nX", new string[0])]
    [InlineData("FWB/16\r\n\r\nX", new[] { "FWB/16" })]
    public void Empty_or_missing_echo_lines_are_left_out(string body, string[] expected) =>
        Assert.Equal(expected, AnswerEcho.Lines(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void An_empty_body_gets_an_fna_of_two_lines() =>
        Assert.Equal("FNA/1\r\nACK/A001/UNKNOWN MESSAGE TYPE OR VERSION\r\n", Ascii(AccsAnswer.Rejected([], "A001")));

    [Fact]
    public void The_fna_text_is_the_fixed_text_whatever_the_error_value_carries() =>
        Assert.Equal(
            "FNA/1\r\nACK/A020/AIR WAYBILL UNDER CUSTOMS CONTROL, AMENDMENT REFUSED\r\n",
            Ascii(AccsAnswer.Rejected([], new Strangler.Contracts.Checking.ContractError("A020", "something else", "where"))));

    [Fact]
    public void Fma_and_fna_read_back()
    {
        Assert.True(AccsAnswer.TryRead(AccsAnswer.Accepted("FFM/8\r\n1/CX251/15JAN/HKG/B-HLR\r\n"u8, "A260115500000001"), out var fma));
        Assert.Equal(new AccsAnswerMessage(true, "A260115500000001", null, null, new(["FFM/8", "1/CX251/15JAN/HKG/B-HLR"])), fma);

        Assert.True(AccsAnswer.TryRead(AccsAnswer.Rejected("FHL/5\r\n"u8, "A014"), out var fna));
        Assert.Equal(new AccsAnswerMessage(false, null, "A014", "HOUSE WAYBILL NUMBER REPEATED", new(["FHL/5"])), fna);
    }

    [Theory]
    [InlineData("FMA/1\r\nACK/ACCEPTED/A260115500000001")]
    [InlineData("FMA/1\nACK/ACCEPTED/A260115500000001\n")]
    [InlineData("FMA/1\r\nACK/ACCEPTED/A261315500000001\r\n")]
    [InlineData("FNA/1\r\nACK/A999/X\r\n")]
    [InlineData("FMA/1\r\n")]
    public void Malformed_answers_do_not_read(string text) => Assert.False(AccsAnswer.TryRead(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void An_accepted_answer_needs_a_well_formed_receipt_number() =>
        Assert.Throws<ArgumentException>(() => AccsAnswer.Accepted([], "A2601150000001"));

    [Fact]
    public void Receipt_numbers_are_A_yymmdd_and_nine_digits_in_the_issuer_block()
    {
        var legacy = AccsReceiptNumber.Create(new DateOnly(2026, 1, 15), AccsReceiptNumber.FirstSequence(IssuerBlock.Legacy) + 42);
        var core = AccsReceiptNumber.Create(new DateOnly(2026, 1, 15), AccsReceiptNumber.FirstSequence(IssuerBlock.NewCore));
        Assert.Equal(("A260115000000042", "A260115500000000"), (legacy, core));
        Assert.True(ReferenceNumber.TryParse(core, out var parsed));
        Assert.Equal((ReferenceKind.AccsReceipt, IssuerBlock.NewCore), (parsed!.Kind, parsed.Issuer));
        Assert.True(AccsReceiptNumber.IsWellFormed(legacy));
        Assert.False(AccsReceiptNumber.IsWellFormed("A26011500000004"));
    }

    [Fact]
    public void Csn_writes_the_line_without_goods_and_the_code_time_and_flight()
    {
        var line = AirWaybillLine.Create("160-22222222", "HKG", "LHR", ShipmentKind.Part, 5, "50.0", totalPieces: 10, goods: "GARMENTS");
        var csn = CustomsStatusNotification.Create(
            line, ActionCode.NoDecision, new DateTimeOffset(2026, 1, 15, 4, 5, 0, TimeSpan.Zero), "CX251", "15JAN");
        Assert.Equal("CSN/1\r\n160-22222222HKGLHR/P5K50.0T10\r\nCSN/NA/15JAN1205/CX251/15JAN\r\n", Ascii(csn.ToBytes()));
        Assert.True(CustomsStatusNotification.TryRead(csn.ToBytes(), out var read));
        Assert.Equal(csn, read);
    }

    [Fact]
    public void Fwb_flight_day_takes_the_month_the_fwb_was_received() =>
        Assert.Equal("31APR", new Strangler.CargoImp.Fwb.FwbFlight("CX", "251", 31).DayMonthIn(new DateOnly(2026, 4, 2)));

    [Fact]
    public void Status_feed_puts_cur_and_an_empty_line_after_each_csn()
    {
        var line = AirWaybillLine.Create("160-12345675", "HKG", "LHR", ShipmentKind.Total, 10, "100.0", "0.72");
        var at = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.FromHours(8));
        var entries = new[]
        {
            new StatusFeedEntry(CustomsStatusNotification.Create(line, ActionCode.NoDecision, at, "CX251", "15JAN"), 1),
            new StatusFeedEntry(CustomsStatusNotification.Create(line, ActionCode.DocumentCheck, at.AddMinutes(30), "CX251", "15JAN"), 2),
        };
        var body = StatusFeed.Write(entries);
        Assert.Equal(
            "CSN/1\r\n160-12345675HKGLHR/T10K100.0MC0.72\r\nCSN/NA/15JAN1200/CX251/15JAN\r\nCUR/1\r\n\r\n" +
            "CSN/1\r\n160-12345675HKGLHR/T10K100.0MC0.72\r\nCSN/DC/15JAN1230/CX251/15JAN\r\nCUR/2\r\n\r\n",
            Ascii(body));
        Assert.True(StatusFeed.TryRead(body, out var read));
        Assert.Equal(entries, read);
    }

    [Fact]
    public void An_empty_feed_is_an_empty_body()
    {
        Assert.Empty(StatusFeed.Write([]));
        Assert.True(StatusFeed.TryRead([], out var read));
        Assert.Empty(read);
    }

    [Theory]
    [InlineData("NA", ActionCode.NoDecision, false)]
    [InlineData("NC", ActionCode.NotConstrained, false)]
    [InlineData("DC", ActionCode.DocumentCheck, true)]
    [InlineData("PX", ActionCode.PhysicalExamination, true)]
    [InlineData("RL", ActionCode.Released, false)]
    public void Action_codes_read_and_write_and_dc_px_are_under_control(string text, ActionCode code, bool underControl)
    {
        Assert.True(ActionCodes.TryParse(text, out var parsed));
        Assert.Equal((code, text, underControl), (parsed, code.Code(), code.IsUnderCustomsControl()));
    }

    [Fact]
    public void Every_error_code_has_its_fixed_text()
    {
        Assert.Equal(12, AccsErrors.Codes.Count);
        Assert.Equal("MANIFESTED PIECES EXCEED AIR WAYBILL PIECES", AccsErrors.Text("A015"));
        Assert.Equal("AIR WAYBILL PREFIX NOT ALLOWED FOR THIS CLIENT", AccsErrors.Text("A016"));
        Assert.Equal("LINE OUT OF PLACE OR MALFORMED", AccsErrors.Create("A004").Text);
    }
}
