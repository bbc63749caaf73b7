using System.Net;
using Strangler.Legacy.Accs.Tests.TestSupport;
using static Strangler.Legacy.Accs.Tests.TestSupport.CargoImpText;

namespace Strangler.Legacy.Accs.Tests.Http;

/// <summary>Store rules: A020, A015, A004 for a part already received, FHL replacement, FFM assembly.</summary>
public abstract partial class AccsBehaviour
{
    [Fact]
    public async Task Fwb_replacement_under_document_check_is_answered_A020_and_accepted_after_release()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var awb = Awb(3000001);
        await accs.PostAsync(Cathay, Fwb($"{awb}LHRHKG/T5K50.0", goods: "CIGARETTES"));

        Assert.Equal(Rejected("A020/AIR WAYBILL UNDER CUSTOMS CONTROL, AMENDMENT REFUSED", "FWB/16", $"{awb}LHRHKG/T5K51.0"),
            (await accs.PostAsync(Cathay, Fwb($"{awb}LHRHKG/T5K51.0", goods: "CIGARETTES"))).Body);

        accs.Advance(TimeSpan.FromHours(4));
        Assert.Equal(Accepted(2, "FWB/16", $"{awb}LHRHKG/T5K52.0"),
            (await accs.PostAsync(Cathay, Fwb($"{awb}LHRHKG/T5K52.0", goods: "ELECTRONIC COMPONENTS"))).Body);
        Assert.Equal(2L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_FWB WHERE AWB_NO = @awb", new { awb }));
    }

    [Fact]
    public async Task Fwb_replacement_under_physical_examination_is_answered_A020()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var awb = Awb(3000002);
        await accs.PostAsync(Cathay, Fwb($"{awb}HKGLHR/T5K50.0", goods: "SPORTING GOODS", hts: "930190"));
        Assert.Contains("ACK/A020/", (await accs.PostAsync(Cathay, Fwb($"{awb}HKGLHR/T6K50.0"))).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pieces_manifested_across_a_flights_parts_beyond_the_fwb_pieces_are_answered_A015()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var awb = Awb(3000003);
        await accs.PostAsync(Cathay, Fwb($"{awb}HKGLHR/T10K100.0"));
        Assert.StartsWith("FMA/1", (await accs.PostAsync(Hactl, Ffm(1, Flight, false, "LHR", $"{awb}HKGLHR/P6K60.0T10"))).Body, StringComparison.Ordinal);

        Assert.Equal(Rejected("A015/MANIFESTED PIECES EXCEED AIR WAYBILL PIECES", "FFM/8", "2/" + Flight),
            (await accs.PostAsync(Hactl, Ffm(2, Flight, true, "LHR", $"{awb}HKGLHR/P5K50.0T10"))).Body);
        Assert.StartsWith("FMA/1", (await accs.PostAsync(Hactl, Ffm(2, Flight, true, "LHR", $"{awb}HKGLHR/P4K40.0T10"))).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pieces_on_another_flight_do_not_count_towards_A015()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var awb = Awb(3000004);
        await accs.PostAsync(Cathay, Fwb($"{awb}HKGLHR/T10K100.0"));
        await accs.PostAsync(Hactl, Ffm(1, Flight, true, "LHR", $"{awb}HKGLHR/T10K100.0"));
        Assert.StartsWith("FMA/1", (await accs.PostAsync(Hactl, Ffm(1, "CX253/10MAR/HKG/B-HLR", true, "LHR", $"{awb}HKGLHR/T10K100.0"))).Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_air_waybill_manifested_before_its_fwb_is_not_judged_by_A015()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var awb = Awb(3000005);
        Assert.StartsWith("FMA/1", (await accs.PostAsync(Hactl, Ffm(1, Flight, false, "LHR", $"{awb}HKGLHR/P9K90.0T10"))).Body, StringComparison.Ordinal);
        Assert.StartsWith("FMA/1", (await accs.PostAsync(Hactl, Ffm(2, Flight, true, "LHR", $"{awb}HKGLHR/P9K90.0T10"))).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_number_already_received_for_the_flight_is_answered_A004_before_later_line_faults()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        await accs.PostAsync(Hactl, Ffm(1, Flight, false, "LHR", $"{Awb(3000006)}HKGLHR/T1K1.0"));

        Assert.Equal(Rejected("A004/LINE OUT OF PLACE OR MALFORMED", "FFM/8", "1/" + Flight),
            (await accs.PostAsync(Hactl, Ffm(1, Flight, true, "LHR", $"{Awb(3000007)}HKGLHR/T1K1.0"))).Body);
        Assert.Equal(Rejected("A004/LINE OUT OF PLACE OR MALFORMED", "FFM/8", "1/" + Flight),
            (await accs.PostAsync(Hactl, Ffm(1, Flight, true, "LHR", "160-30000089HKGLHR/T1K1.0"))).Body);
        Assert.Equal(Rejected("A010/AIR WAYBILL CHECK DIGIT WRONG", "FFM/8", "2/" + Flight),
            (await accs.PostAsync(Hactl, Ffm(2, Flight, true, "LHR", "160-30000089HKGLHR/T1K1.0"))).Body);
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_FFM_PART"));
    }

    [Fact]
    public async Task Ffm_parts_in_any_order_are_assembled_once_the_last_and_every_earlier_part_are_in()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        await accs.PostAsync(Hactl, Ffm(3, Flight, true, "LHR", $"{Awb(3000011)}HKGLHR/T1K1.0"));
        await accs.PostAsync(Hactl, Ffm(1, Flight, false, "LHR", $"{Awb(3000012)}HKGLHR/T1K1.0"));
        Assert.Equal("N", await accs.ScalarAsync<string>("SELECT ASSEMBLED FROM ACC_FLIGHT"));

        await accs.PostAsync(Hactl, Ffm(2, Flight, false, "LHR", $"{Awb(3000013)}HKGLHR/T1K1.0"));
        Assert.Equal("Y", await accs.ScalarAsync<string>("SELECT ASSEMBLED FROM ACC_FLIGHT"));
        Assert.Equal(3L, await accs.ScalarAsync<long>("SELECT PART_COUNT FROM ACC_FLIGHT"));
    }

    [Fact]
    public async Task An_fhl_may_come_before_its_fwb_and_a_later_fhl_replaces_the_house_list()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        Assert.StartsWith("FMA/1", (await accs.PostAsync(Cathay, accs.Sample("02-fhl-accepted.txt"))).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await accs.GetAsync(Cathay, "accs/v1/status/160-12345675")).Status);

        var replacement = Lines("FHL/5", "MBI/160-12345675HKGLHR/T10K100.0", "HBS/HKG0009999/HKGLHR/10/K100.0//MACHINE PARTS");
        Assert.StartsWith("FMA/1", (await accs.PostAsync(Cathay, replacement)).Body, StringComparison.Ordinal);
        Assert.Equal("HKG0009999", await accs.ScalarAsync<string>(
            "SELECT h.HOUSE_NO FROM ACC_FHL_HOUSE h JOIN ACC_FHL f ON f.FHL_ID = h.FHL_ID WHERE f.VERSION_NO = 2"));
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT HOUSE_COUNT FROM ACC_FHL WHERE VERSION_NO = 2"));
        Assert.Equal(2L, await accs.ScalarAsync<long>("SELECT HOUSE_COUNT FROM ACC_FHL WHERE VERSION_NO = 1"));
    }

    [Fact]
    public async Task A_prefix_the_key_may_not_act_for_is_answered_A016_and_nothing_is_stored()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        Assert.Equal(Rejected("A016/AIR WAYBILL PREFIX NOT ALLOWED FOR THIS CLIENT", "FWB/16", $"{Awb(3000014, "999")}HKGLHR/T1K1.0"),
            (await accs.PostAsync(Cathay, Fwb($"{Awb(3000014, "999")}HKGLHR/T1K1.0"))).Body);
        Assert.Equal(0L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_AWB"));
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_REQUEST_LOG"));
    }
}
