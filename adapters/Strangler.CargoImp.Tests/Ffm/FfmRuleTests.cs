using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Testing;
using static Strangler.CargoImp.Tests.TestMessages;

namespace Strangler.CargoImp.Tests.Ffm;

// Lines of the FFM sample: 1 FFM/8, 2 1/CX251/15JAN/HKG/B-HLR, 3 LHR, 4 ULD, 5 AWB T, 6 AWB P, 7 LAST.
public sealed class FfmRuleTests
{
    private const string Ffm = "03-ffm-accepted.txt";

    private static FfmMessage Read(string body, DateTimeOffset? at = null)
    {
        var result = Decode(body, at: at);
        Assert.Null(result.Error);
        return Assert.IsType<FfmMessage>(result.Message);
    }

    [Theory]
    [InlineData("1/CX251/15JAN/HKG/B-HLR", 1)]
    [InlineData("99/CX251/15JAN/HKG/B-HLR", 99)]
    [InlineData("12/CX251A/15JAN/HKG/B-HLR", 12)]
    public void Part_numbers_1_to_99_are_accepted(string line, int part) => Assert.Equal(part, Read(Replace(Ffm, 2, line)).PartNumber);

    [Theory]
    [InlineData("0/CX251/15JAN/HKG/B-HLR")]
    [InlineData("01/CX251/15JAN/HKG/B-HLR")]
    [InlineData("100/CX251/15JAN/HKG/B-HLR")]
    [InlineData("1/CX251/15JAN/HKG")]
    [InlineData("1/CX251/15JAN/HKG/")]
    [InlineData("1/CX251/15JAN/HKGX/B-HLR")]
    [InlineData("1/CX251/15JAN/HKG/B HLR")]
    [InlineData("1/CX251/15JA/HKG/B-HLR")]
    [InlineData("1/CX251/15XYZ/HKG/B-HLR")]
    [InlineData("1/CX251/32JAN/HKG/B-HLR")]
    [InlineData("1/CX251/31APR/HKG/B-HLR")]
    [InlineData("1/CX/15JAN/HKG/B-HLR")]
    [InlineData("LHR")]
    public void A_malformed_flight_line_is_A004(string line) => Assert.Equal("A004", Outcome(Replace(Ffm, 2, line)));

    [Theory]
    [InlineData("2025-12-31", "01JAN", "2026-01-01")]
    [InlineData("2026-01-01", "31DEC", "2025-12-31")]
    [InlineData("2026-01-15", "15JAN", "2026-01-15")]
    [InlineData("2026-07-01", "01JAN", "2026-01-01")]
    [InlineData("2026-07-03", "01JAN", "2027-01-01")]
    [InlineData("2024-07-02", "01JAN", "2024-01-01")] // 183 days either way (2024 is a leap year): the earlier
    [InlineData("2025-06-01", "29FEB", "2024-02-29")]
    [InlineData("2027-12-31", "29FEB", "2028-02-29")]
    [InlineData("2024-03-01", "29FEB", "2024-02-29")]
    public void The_flight_year_is_the_nearest_existing_date_the_earlier_on_a_tie(string received, string dayMonth, string expected)
    {
        var at = SamplePlaceholders.NoonHongKong(DateOnly.Parse(received));
        var ffm = Read(Replace(Ffm, 2, $"1/CX251/{dayMonth}/HKG/B-HLR"), at);
        Assert.Equal(DateOnly.Parse(expected), ffm.Flight.Date);
    }

    [Fact]
    public void The_tie_case_really_is_a_tie() =>
        Assert.Equal(new DateOnly(2024, 7, 2).DayNumber - new DateOnly(2024, 1, 1).DayNumber,
            new DateOnly(2025, 1, 1).DayNumber - new DateOnly(2024, 7, 2).DayNumber);

    [Fact]
    public void A_29feb_with_no_leap_year_within_a_year_either_side_is_A004()
    {
        var at = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 1, 10));
        Assert.Equal("A004", Outcome(Replace(Ffm, 2, "1/CX251/29FEB/HKG/B-HLR"), at: at));
    }

    [Fact]
    public void Received_at_is_taken_in_hong_kong_time()
    {
        // 31 Dec 2025 20:00 UTC is 1 Jan 2026 04:00 in Hong Kong: 01JAN is that day, not a year ahead.
        var at = new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 1, 1), Read(Replace(Ffm, 2, "1/CX251/01JAN/HKG/B-HLR"), at).Flight.Date);
    }

    [Fact]
    public void Unloading_at_hkg_is_import_departing_hkg_export_and_neither_transit()
    {
        var body = Crlf(
            "FFM/8", "3/CX251/15JAN/BKK/B-HLR",
            "HKG", "160-12345675BKKHKG/T10K100.0",
            "LHR", "160-22222222BKKLHR/S5K50.0T10", "ULD/PMC1234CX", "160-12345675BKKLHR/T1K1",
            "CONT");
        var ffm = Read(body);
        Assert.False(ffm.IsLastPart);
        Assert.Equal(
            [CargoClassification.Import, CargoClassification.Transit, CargoClassification.Transit],
            ffm.Waybills.Select(w => w.Classification));
        Assert.Equal([null, null, "PMC1234CX"], ffm.Waybills.Select(w => w.UldId));
        Assert.Equal(new Dictionary<string, int> { ["160-12345675"] = 11, ["160-22222222"] = 5 }, ffm.PiecesPerWaybill());

        var fromHongKong = Read(body.Replace("/BKK/", "/HKG/", StringComparison.Ordinal));
        Assert.Equal(
            [CargoClassification.Import, CargoClassification.Export, CargoClassification.Export],
            fromHongKong.Waybills.Select(w => w.Classification));
    }

    [Fact]
    public void Bulk_cargo_before_a_uld_round_trips()
    {
        var body = Crlf(
            "FFM/8", "1/CX251/15JAN/HKG/B-HLR", "LHR", "160-22222222HKGLHR/P5K50.0T10/GARMENTS", "ULD/AKE12345CX",
            "160-12345675HKGLHR/T10K100.0MC0.72/ELECTRONICS", "ULD/AKE1234CX", "AMS", "160-22222222HKGAMS/P5K50.0T10", "LAST");
        Assert.Equal(body, System.Text.Encoding.ASCII.GetString(CargoImpWriter.Write(Read(body))));
    }

    [Theory]
    [InlineData(5, "160-12345675HKGLHR/T10K100.0MC0.72/GENERAL CARGO", "A012")]
    [InlineData(5, "160-12345675HKGLHR/T10K100.0MC0.72/ABCDEFGHIJKLMNOP", "A004")]
    [InlineData(5, "160-12345676HKGLHR/T10K100.0MC0.72/ELECTRONICS", "A010")]
    [InlineData(6, "160-22222222HKGLHR/P5K50.0T0/GARMENTS", "A004")]
    [InlineData(6, "160-22222222HKGLHR/P5K50.0/GARMENTS", "A004")]
    [InlineData(4, "ULD/AKE123CX", "A004")]
    [InlineData(4, "ULD/AKE123456CX", "A004")]
    [InlineData(4, "ULD/AK12345CX", "A004")]
    [InlineData(4, "OSI/X", "A004")]
    [InlineData(7, "ENDS", "A004")]
    public void Lines_of_a_block_are_checked_in_order(int lineNumber, string line, string expected) =>
        Assert.Equal(expected, Outcome(Replace(Ffm, lineNumber, line)));

    [Fact]
    public void A_prefix_the_key_may_not_act_for_is_A016() =>
        Assert.Equal("A016", Outcome(Replace(Ffm, 5, "176-12345675HKGLHR/T10K100.0"), SampleClientKeys.Cathay));

    [Fact]
    public void A_line_after_last_is_A004() => Assert.Equal("A004", Outcome(SampleText(Ffm) + "LHR\r\n"));

    [Fact]
    public void An_air_waybill_line_before_any_unloading_point_is_A004() => Assert.Equal("A004", Outcome(Remove(Ffm, 3)));

    [Fact]
    public void Missing_last_or_cont_is_A011() => Assert.Equal("A011", Outcome(Remove(Ffm, 7)));

    [Fact]
    public void An_unloading_point_without_air_waybills_is_A011() =>
        Assert.Equal("A011", Outcome(Insert(Ffm, 7, "AMS")));

    [Fact]
    public void A_manifest_without_unloading_points_is_A011() =>
        Assert.Equal("A011", Outcome("FFM/8\r\n1/CX251/15JAN/HKG/B-HLR\r\nLAST\r\n"));

    [Fact]
    public void A_missing_flight_line_is_A011() => Assert.Equal("A011", Outcome("FFM/8\r\n"));
}
