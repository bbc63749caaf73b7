using Strangler.Facade.Routing.Accs;

namespace Strangler.Facade.Routing.Tests.Accs;

public sealed class AccsRequestReaderTests
{
    [Theory]
    [InlineData("accs/01-fwb-accepted.txt", AccsMessageType.Fwb, new[] { "160-12345675" })]
    [InlineData("accs/02-fhl-accepted.txt", AccsMessageType.Fhl, new[] { "160-12345675", "HKG0001234", "HKG0001235" })]
    [InlineData("accs/03-ffm-accepted.txt", AccsMessageType.Ffm, new[] { "160-12345675", "160-22222222" })]
    [InlineData("accs/04-fwb-bad-check-digit.txt", AccsMessageType.Fwb, new[] { "160-12345676" })]
    [InlineData("accs/05-fhl-totals-mismatch.txt", AccsMessageType.Fhl, new[] { "160-12345675", "HKG0001234", "HKG0001235" })]
    public void A_sample_gives_its_type_and_waybills_in_order(string sample, AccsMessageType type, string[] waybills)
    {
        var facts = AccsRequestReader.Read(Bodies.Sample(sample));

        Assert.Equal(new AccsRequestFacts(type, [.. waybills]), facts);
    }

    [Fact]
    public void Every_accs_sample_reads_the_same_with_lf_line_ends_and_a_byte_order_mark()
    {
        foreach (var (path, body) in Bodies.All("accs"))
        {
            var text = System.Text.Encoding.UTF8.GetString(body);
            Assert.Contains("\r\n", text, StringComparison.Ordinal);
            var lf = Bodies.WithBom(Bodies.Utf8(text.Replace("\r\n", "\n", StringComparison.Ordinal)));

            var expected = AccsRequestReader.Read(body);
            Assert.True(expected is { Waybills.Count: > 0 }, path);
            Assert.Equal(expected, AccsRequestReader.Read(lf));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("FZB/1\r\n160-12345675HKGLHR/T10K100.0\r\n")]
    [InlineData("FWB/17\r\n160-12345675HKGLHR/T10K100.0\r\n")]
    [InlineData("\r\nFWB/16\r\n")]
    [InlineData("fwb/16\r\n")]
    public void A_body_whose_first_line_is_not_fwb_fhl_or_ffm_is_null(string body) =>
        Assert.Null(AccsRequestReader.Read(Bodies.Utf8(body)));

    [Fact]
    public void Trailing_spaces_and_a_missing_final_line_break_do_not_matter()
    {
        var facts = AccsRequestReader.Read(Bodies.Utf8("FWB/16  \r\n160-12345675HKGLHR/T10K100.0   "));

        Assert.Equal(new AccsRequestFacts(AccsMessageType.Fwb, ["160-12345675"]), facts);
    }

    [Fact]
    public void An_ffm_names_an_air_waybill_split_over_two_ulds_once()
    {
        var facts = AccsRequestReader.Read(Bodies.Utf8(
            "FFM/8\r\n1/CX251/26NOV/HKG/B-HLR\r\nLHR\r\nULD/AKE12345CX\r\n160-22222222HKGLHR/P5K50.0T10/GARMENTS\r\n" +
            "ULD/AKE12346CX\r\n160-22222222HKGLHR/P5K50.0T10/GARMENTS\r\n160-12345675HKGLHR/T10K100.0\r\nLAST\r\n"));

        Assert.Equal(new AccsRequestFacts(AccsMessageType.Ffm, ["160-22222222", "160-12345675"]), facts);
    }

    [Fact]
    public void An_fwb_whose_second_line_is_not_an_air_waybill_names_nothing()
    {
        var facts = AccsRequestReader.Read(Bodies.Utf8("FWB/16\r\nFLT/CX251/26\r\n160-12345675HKGLHR/T10K100.0\r\n"));

        Assert.Equal(new AccsRequestFacts(AccsMessageType.Fwb, []), facts);
    }

    [Fact]
    public void An_fhl_without_mbi_still_names_its_houses()
    {
        var facts = AccsRequestReader.Read(Bodies.Utf8("FHL/5\r\nHBS/H1/HKGLHR/6/K60.0//TOYS\r\nHBS/H2\r\nHBS//X\r\n"));

        Assert.Equal(new AccsRequestFacts(AccsMessageType.Fhl, ["H1", "H2"]), facts);
    }
}
