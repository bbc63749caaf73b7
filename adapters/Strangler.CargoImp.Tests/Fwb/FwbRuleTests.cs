using Strangler.Contracts.Testing;
using static Strangler.CargoImp.Tests.TestMessages;

namespace Strangler.CargoImp.Tests.Fwb;

// Line numbers of the FWB sample: 1 FWB/16, 2 AWB, 3 FLT, 4 RTG, 5 SHP, 6-9 NAM ADR LOC /HK, 10 CNE, 11-14, 15 CVD, 16 NG, 17 HTS.
public sealed class FwbRuleTests
{
    private const string Fwb = "01-fwb-accepted.txt";

    [Theory]
    [InlineData("FLT/CX251/15")]
    [InlineData("160-12345675HKGLHR/T10K100.0/GOODS")]
    [InlineData("160-12345675HKGLHR/P5K50.0T10")]
    [InlineData("160-12345675HKGLHR/T0K100.0")]
    [InlineData("160-12345675HKGLHR/T10K0")]
    [InlineData("160-12345675HKGLHR/T10K100.00")]
    [InlineData("160-12345675HKGLHR/T10K100.0MC0.725")]
    [InlineData("160-1234567HKGLHR/T10K100.0")]
    [InlineData("160-12345675HKGLH/T10K100.0")]
    [InlineData("160-12345675HKGLHR/T10000K1")]
    public void Line_2_that_is_not_an_fwb_air_waybill_line_is_A004(string line) => Assert.Equal("A004", Outcome(Replace(Fwb, 2, line)));

    [Theory]
    [InlineData("160-12345675HKGLHR/T10K100")]
    [InlineData("160-12345675HKGLHR/T9999K9999999.9MC99999.99")]
    [InlineData("160-12345675HKGLHR/T1K0.1")]
    public void Air_waybill_line_variants_in_the_grammar_are_accepted(string line) => Assert.Equal("OK", Outcome(Replace(Fwb, 2, line)));

    [Fact]
    public void A_malformed_line_with_a_wrong_check_digit_is_A004_before_A010() =>
        Assert.Equal("A004", Outcome(Replace(Fwb, 2, "160-12345676HKGLHR/T10K100.0/GOODS")));

    [Fact]
    public void A_prefix_the_key_may_not_act_for_is_A016_only_when_a_client_is_given()
    {
        var body = Replace(Fwb, 2, "176-12345675HKGLHR/T10K100.0");
        Assert.Equal("A016", Outcome(body, SampleClientKeys.Cathay));
        Assert.Equal("OK", Outcome(body, SampleClientKeys.Hactl));
        Assert.Equal("OK", Outcome(body));
    }

    [Fact]
    public void A_wrong_check_digit_is_A010_before_A016() =>
        Assert.Equal("A010", Outcome(Replace(Fwb, 2, "176-12345676HKGLHR/T10K100.0"), SampleClientKeys.Cathay));

    [Theory]
    [InlineData("NG/GENERAL CARGO")]
    [InlineData("NG/  said to contain")]
    [InlineData("NG/FAK")]
    public void A_vague_nature_of_goods_is_A012(string line)
    {
        // lower case is A002 before anything else, so only upper-case variants reach A012
        var expected = line.Any(char.IsLower) ? "A002" : "A012";
        Assert.Equal(expected, Outcome(Replace(Fwb, 16, line)));
    }

    [Fact]
    public void An_out_of_place_line_is_A004_before_a_later_vague_description()
    {
        var lines = SampleLines(Fwb);
        lines[15] = "NG/FAK";
        lines.Insert(15, "FLT/CX251/15");
        Assert.Equal("A004", Outcome(Crlf([.. lines])));
    }

    [Theory]
    [InlineData(3, "FLT/CX251/32")]
    [InlineData(3, "FLT/CX251/00")]
    [InlineData(3, "FLT/CX251/5")]
    [InlineData(3, "FLT/CX12345/15")]
    [InlineData(3, "FLT/CX/15")]
    [InlineData(3, "FLT/CX251")]
    [InlineData(3, "FLTX")]
    [InlineData(4, "RTG/LHR")]
    [InlineData(4, "RTG/LHRCX/AMSKL")]
    [InlineData(5, "SHP/X")]
    [InlineData(6, "NAM/" + "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEF")]
    [InlineData(6, "NAM/")]
    [InlineData(6, "NAM/A/B")]
    [InlineData(8, "LOC/ABCDEFGHIJABCDEFGH")]
    [InlineData(9, "/HKG")]
    [InlineData(14, "/GB/EC1A1AA123")]
    [InlineData(15, "CVD/HKD/X/PP/NVD/NCV/XXX")]
    [InlineData(15, "CVD/HKD//PX/NVD/NCV/XXX")]
    [InlineData(15, "CVD/HKD//PP/NCV/NCV/XXX")]
    [InlineData(15, "CVD/HKD//PP/NVD/1234567890123/XXX")]
    [InlineData(15, "CVD/HKD//PP/NVD/1.234/XXX")]
    [InlineData(15, "CVD/HK//PP/NVD/NCV/XXX")]
    [InlineData(17, "HTS/12345")]
    [InlineData(17, "HTS/12345678901")]
    [InlineData(17, "HTS/1234567A")]
    public void A_malformed_known_line_or_a_field_too_long_is_A004(int lineNumber, string line) =>
        Assert.Equal("A004", Outcome(Replace(Fwb, lineNumber, line)));

    [Theory]
    [InlineData(3, "FLT/9W1234A/31")]
    [InlineData(6, "NAM/" + "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDE")]
    [InlineData(8, "LOC/ABCDEFGHIJABCDEFG")]
    [InlineData(14, "/GB/EC1A 1AA")]
    [InlineData(15, "CVD/USD//CC/123456789012.99/0/12.5")]
    [InlineData(17, "HTS/1234567890")]
    public void Fields_at_their_limits_are_accepted(int lineNumber, string line) => Assert.Equal("OK", Outcome(Replace(Fwb, lineNumber, line)));

    [Fact]
    public void Unknown_lines_and_their_continuations_are_ignored()
    {
        var body = Insert(Fwb, 5, "OSI/PLEASE HANDLE WITH CARE", "/FRAGILE", "/THIS SIDE UP", "SSR/X", "OCI/GB/ISS/T/X");
        var result = Decode(body);
        Assert.Null(result.Error);
        Assert.Equal(Sample(Fwb), CargoImpWriter.Write(result.Message!));
    }

    [Fact]
    public void A_country_line_after_an_unknown_line_is_its_continuation_so_the_country_is_missing() =>
        Assert.Equal("A011", Outcome(Insert(Fwb, 9, "OSI/NOTE")));

    [Fact]
    public void Optional_lines_may_be_left_out()
    {
        var lines = SampleLines(Fwb);
        lines.RemoveAt(16); // HTS
        lines.RemoveAt(14); // CVD
        lines.RemoveAt(13); // post code line, replaced by country only
        lines.Insert(13, "/GB");
        lines.RemoveAt(3); // RTG
        Assert.Equal("OK", Outcome(Crlf([.. lines])));
    }

    [Theory]
    [InlineData(3, "FLT")]
    [InlineData(5, "SHP")]
    [InlineData(6, "SHP NAM")]
    [InlineData(9, "SHP country")]
    [InlineData(10, "CNE")]
    [InlineData(13, "CNE LOC")]
    [InlineData(16, "NG")]
    public void A_missing_mandatory_line_is_A011(int lineNumber, string what)
    {
        Assert.NotNull(what);
        Assert.Equal("A011", Outcome(Remove(Fwb, lineNumber)));
    }

    [Fact]
    public void A_message_of_only_the_identifier_is_A011() => Assert.Equal("A011", Outcome("FWB/16\r\n"));

    [Fact]
    public void A_missing_block_reports_A011_naming_it()
    {
        var lines = SampleLines(Fwb);
        lines.RemoveRange(4, 5); // the whole SHP block
        var error = Decode(Crlf([.. lines])).Error!;
        Assert.Equal(("A011", "MANDATORY LINE OR BLOCK MISSING", "SHP missing"), (error.Code, error.Text, error.Where));
    }

    [Fact]
    public void A_line_before_the_cursor_is_A004() => Assert.Equal("A004", Outcome(Insert(Fwb, 16, "RTG/LHRCX")));

    [Fact]
    public void A_repeated_line_over_its_count_is_A004() => Assert.Equal("A004", Outcome(Insert(Fwb, 4, "FLT/CX251/15")));

    [Fact]
    public void A_second_name_in_a_block_is_A004() => Assert.Equal("A004", Outcome(Insert(Fwb, 7, "NAM/OTHER")));

    [Fact]
    public void Nine_hts_lines_are_accepted_and_a_tenth_is_A004()
    {
        var nine = Enumerable.Repeat("HTS/85423100", 8).ToArray();
        Assert.Equal("OK", Outcome(Insert(Fwb, 18, nine)));
        Assert.Equal("A004", Outcome(Insert(Fwb, 18, [.. nine, "HTS/85423100"])));
    }

    [Fact]
    public void A_line_skipping_ahead_is_in_place_and_the_skipped_mandatory_line_is_A011() =>
        Assert.Equal("A011", Outcome(Remove(Fwb, 3)));

    [Fact]
    public void An_fwb_line_2_of_another_air_waybill_after_line_2_is_an_unknown_line() =>
        Assert.Equal("OK", Outcome(Insert(Fwb, 5, "160-22222222HKGLHR/T1K1")));
}
