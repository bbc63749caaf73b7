using Strangler.CargoImp.Fhl;
using Strangler.Contracts.Testing;
using static Strangler.CargoImp.Tests.TestMessages;

namespace Strangler.CargoImp.Tests.Fhl;

// Lines of the FHL sample: 1 FHL/5, 2 MBI, 3 HBS 1234, 4 TXT, 5 HTS, 6 HBS 1235, 7 HTS.
public sealed class FhlRuleTests
{
    private const string Fhl = "02-fhl-accepted.txt";

    [Theory]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40.1//TOYS", "OK")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K39.9//TOYS", "OK")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40.2//TOYS", "A013")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K39.8//TOYS", "A013")]
    [InlineData("HBS/HKG0001235/HKGLHR/5/K40.0//TOYS", "A013")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40//TOYS", "OK")]
    public void House_totals_must_match_the_master_within_a_tenth_of_a_kilo(string house, string expected) =>
        Assert.Equal(expected, Outcome(Replace(Fhl, 6, house)));

    [Fact]
    public void A_repeated_house_number_is_A014() =>
        Assert.Equal("A014", Outcome(Replace(Fhl, 6, "HBS/HKG0001234/HKGLHR/4/K40.0//TOYS")));

    [Fact]
    public void A_vague_house_nature_of_goods_is_A012_before_A014() =>
        Assert.Equal("A012", Outcome(Replace(Fhl, 6, "HBS/HKG0001234/HKGLHR/4/K40.0//SAMPLES")));

    [Fact]
    public void A014_comes_before_A013() =>
        Assert.Equal("A014", Outcome(Replace(Fhl, 6, "HBS/HKG0001234/HKGLHR/9/K40.0//TOYS")));

    [Theory]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40.0/12/TOYS")]
    [InlineData("HBS/HKG 12/HKGLHR/4/K40.0/9999/TOYS")]
    [InlineData("HBS/ABCDEFGHIJKL/HKGLHR/4/K40.0//ABCDEFGHIJKLMNO")]
    public void House_lines_within_the_grammar_are_accepted(string house) => Assert.Equal("OK", Outcome(Replace(Fhl, 6, house)));

    [Theory]
    [InlineData("HBS/ABCDEFGHIJKLM/HKGLHR/4/K40.0//TOYS")]
    [InlineData("HBS/HKG0001235/HKGLH/4/K40.0//TOYS")]
    [InlineData("HBS/HKG0001235/HKGLHR/0/K40.0//TOYS")]
    [InlineData("HBS/HKG0001235/HKGLHR/12345/K40.0//TOYS")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/40.0//TOYS")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40.05//TOYS")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K0//TOYS")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40.0/12345/TOYS")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40.0//ABCDEFGHIJKLMNOP")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40.0/")]
    [InlineData("HBS/HKG0001235/HKGLHR/4/K40.0//")]
    [InlineData("OSI/ANYTHING")]
    [InlineData("MBI/160-12345675HKGLHR/T10K100.0")]
    public void Malformed_house_lines_and_other_lines_are_A004(string line) => Assert.Equal("A004", Outcome(Replace(Fhl, 6, line)));

    [Theory]
    [InlineData("MBI/160-12345675HKGLHR/P10K100.0T20")]
    [InlineData("MBI/160-12345675HKGLHR/T10K100.0/GOODS")]
    [InlineData("MBI/160-12345675HKGLHR")]
    [InlineData("HTS/85177900")]
    public void Line_2_must_be_a_total_master_line(string line) =>
        Assert.Equal("A004", Outcome(Replace(Fhl, 2, line)));

    [Fact]
    public void The_master_check_digit_and_prefix_are_checked()
    {
        Assert.Equal("A010", Outcome(Replace(Fhl, 2, "MBI/160-12345676HKGLHR/T10K100.0")));
        Assert.Equal("A016", Outcome(Replace(Fhl, 2, "MBI/176-12345675HKGLHR/T10K100.0"), SampleClientKeys.Cathay));
    }

    [Fact]
    public void A_missing_master_is_A011() => Assert.Equal("A011", Outcome(Remove(Fhl, 2)));

    [Fact]
    public void A_master_without_houses_is_A011() => Assert.Equal("A011", Outcome("FHL/5\r\nMBI/160-12345675HKGLHR/T10K100.0\r\n"));

    [Fact]
    public void Txt_after_hts_in_the_same_house_is_A004() => Assert.Equal("A004", Outcome(Insert(Fhl, 6, "TXT/LATE")));

    [Fact]
    public void Txt_or_hts_before_any_house_is_A004()
    {
        Assert.Equal("A004", Outcome(Insert(Fhl, 3, "TXT/EARLY")));
        Assert.Equal("A004", Outcome(Insert(Fhl, 3, "HTS/85177900")));
    }

    [Fact]
    public void Nine_txt_lines_per_house_are_accepted_and_a_tenth_is_A004()
    {
        var eight = Enumerable.Repeat("TXT/MORE", 8).ToArray();
        Assert.Equal("OK", Outcome(Insert(Fhl, 5, eight)));
        Assert.Equal("A004", Outcome(Insert(Fhl, 5, [.. eight, "TXT/MORE"])));
    }

    [Fact]
    public void Nine_hts_lines_per_house_are_accepted_and_a_tenth_is_A004()
    {
        var eight = Enumerable.Repeat("HTS/85177900", 8).ToArray();
        Assert.Equal("OK", Outcome(Insert(Fhl, 6, eight)));
        Assert.Equal("A004", Outcome(Insert(Fhl, 6, [.. eight, "HTS/85177900"])));
    }

    [Fact]
    public void Txt_is_free_text_and_not_checked_for_vagueness()
    {
        var result = Decode(Replace(Fhl, 4, "TXT/GENERAL CARGO 1/2 INCH"));
        Assert.Null(result.Error);
        Assert.Equal(["GENERAL CARGO 1/2 INCH"], Assert.IsType<FhlMessage>(result.Message).Houses[0].Descriptions);
    }

    [Fact]
    public void An_empty_txt_is_A004() => Assert.Equal("A004", Outcome(Replace(Fhl, 4, "TXT/")));
}
