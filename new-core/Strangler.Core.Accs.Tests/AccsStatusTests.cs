using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Model.Air;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.Accs.Tests;

/// <summary>Action codes, CSNs, the lifecycle NA → decision → RL, the status feed and visibility, over real HTTP.</summary>
public abstract class AccsStatusTests(CoreServer server)
{
    private readonly AccsClient _accs = new(server);

    [Fact]
    public async Task An_ivory_fwb_is_PX_refuses_replacement_and_is_released_after_the_examination_time()
    {
        var awb = AccsClient.Awb(2000001);
        var after = await _accs.LastCursorAsync();
        var decidedAt = _accs.NowHk;
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(awb, goods: "CARVED IVORY"))).Body);
        var line = $"{awb}HKGLHR/T10K100.0";
        var px = AccsClient.Csn(line, "PX", decidedAt, "CX251", _accs.TodayDayMonth);
        Assert.Equal(px, (await _accs.StatusAsync(awb)).Body);
        Assert.Equal(px + $"CUR/{after + 1}\r\n\r\n", (await _accs.FeedAsync(after)).Body);

        var replacement = _accs.Fwb(awb, pieces: 11, goods: "CARVED IVORY");
        Assert.Equal(
            AccsClient.Fna("A020", "AIR WAYBILL UNDER CUSTOMS CONTROL, AMENDMENT REFUSED", "FWB/16", $"{awb}HKGLHR/T11K110.0"),
            (await _accs.PostAsync(replacement)).Body);

        server.Clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
        var rl = AccsClient.Csn(line, "RL", decidedAt + TimeSpan.FromHours(4), "CX251", _accs.TodayDayMonth);
        Assert.Equal(rl, (await _accs.StatusAsync(awb)).Body);
        Assert.Equal(rl + $"CUR/{after + 2}\r\n\r\n", (await _accs.FeedAsync(after + 1)).Body);

        var status = await server.Services.GetRequiredService<DocumentReader>().CurrentAsync(awb);
        Assert.Equal(["PX", "RL"], ((AirWaybillStatus)status!.Document!).History.Select(h => h.Code));

        // The refused body resent gets its recorded A020; after RL a new replacement is accepted and assessed again.
        Assert.StartsWith("FNA/1\r\nACK/A020/", (await _accs.PostAsync(replacement)).Body);
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(awb, pieces: 12, goods: "CARVED IVORY"))).Body);
        Assert.Equal(AccsClient.Csn($"{awb}HKGLHR/T12K120.0", "PX", _accs.NowHk, "CX251", _accs.TodayDayMonth), (await _accs.StatusAsync(awb)).Body);
    }

    [Fact]
    public async Task An_arms_hs_code_sends_an_import_to_PX_and_the_terminal_sees_it_too()
    {
        var awb = AccsClient.Awb(2000002);
        var after = await _accs.LastCursorAsync(AccsClient.Terminal);
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(awb, "LHR", "HKG", goods: "SPORTING RIFLES", hts: "93032000"))).Body);
        var px = AccsClient.Csn($"{awb}LHRHKG/T10K100.0", "PX", _accs.NowHk, "CX251", _accs.TodayDayMonth);
        Assert.Equal(px, (await _accs.StatusAsync(awb, AccsClient.Terminal)).Body);
        Assert.Equal(px + $"CUR/{after + 1}\r\n\r\n", (await _accs.FeedAsync(after, AccsClient.Terminal)).Body);
    }

    [Fact]
    public async Task An_ordinary_import_is_NC_and_a_later_ffm_changes_the_flight_but_not_the_code()
    {
        var awb = AccsClient.Awb(2000003);
        var setAt = _accs.NowHk;
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(awb, "LHR", "HKG"))).Body);
        Assert.Equal(AccsClient.Csn($"{awb}LHRHKG/T10K100.0", "NC", setAt, "CX251", _accs.TodayDayMonth), (await _accs.StatusAsync(awb)).Body);

        var after = await _accs.LastCursorAsync();
        var ffm = _accs.Ffm(1, "CX903", true, $"{awb}LHRHKG/T10K100.0/MACHINE PARTS").Replace("/HKG/B-HLR\r\nLHR", "/LHR/B-HLR\r\nHKG");
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(ffm)).Body);
        Assert.Equal(AccsClient.Csn($"{awb}LHRHKG/T10K100.0", "NC", setAt, "CX903", _accs.TodayDayMonth), (await _accs.StatusAsync(awb)).Body);
        Assert.Equal("", (await _accs.FeedAsync(after)).Body);
    }

    [Fact]
    public async Task A_transit_fwb_is_not_assessed_and_stays_NA_without_a_second_csn()
    {
        var awb = AccsClient.Awb(2000004);
        var after = await _accs.LastCursorAsync();
        var setAt = _accs.NowHk;
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(awb, "LHR", "JFK", goods: "CARVED IVORY"))).Body);
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(awb, "LHR", "JFK", pieces: 12, goods: "CARVED IVORY"))).Body);
        var na = AccsClient.Csn($"{awb}LHRJFK/T10K100.0", "NA", setAt, "CX251", _accs.TodayDayMonth);
        Assert.Equal(na + $"CUR/{after + 1}\r\n\r\n", (await _accs.FeedAsync(after)).Body);
        Assert.Equal(na.Replace("T10K100.0", "T12K120.0"), (await _accs.StatusAsync(awb)).Body);
    }

    [Fact]
    public async Task Status_is_404_when_malformed_wrong_check_digit_unknown_or_not_visible()
    {
        var other = AccsClient.Awb(2000005, "176");
        var afterAirline = await _accs.LastCursorAsync();
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(other, "LHR", "JFK"), AccsClient.Terminal)).Body);
        Assert.Equal(HttpStatusCode.OK, (await _accs.StatusAsync(other, AccsClient.Terminal)).Status);
        Assert.Equal((HttpStatusCode.NotFound, ""), await _accs.StatusAsync(other));
        Assert.Equal("", (await _accs.FeedAsync(afterAirline)).Body);
        Assert.Equal((HttpStatusCode.NotFound, ""), await _accs.StatusAsync("160-1234567"));
        Assert.Equal((HttpStatusCode.NotFound, ""), await _accs.StatusAsync("160-12345676"));
        Assert.Equal((HttpStatusCode.NotFound, ""), await _accs.StatusAsync(AccsClient.Awb(2000006)));
    }

    [Fact]
    public async Task The_feed_pages_by_cursor_and_max_and_is_empty_after_the_last_cursor()
    {
        var after = await _accs.LastCursorAsync();
        var first = AccsClient.Awb(2000007);
        var second = AccsClient.Awb(2000008);
        var at = _accs.NowHk;
        await _accs.PostAsync(_accs.Fwb(first, "LHR", "JFK"));
        await _accs.PostAsync(_accs.Fwb(second, "LHR", "JFK"));
        Assert.Equal(
            AccsClient.Csn($"{first}LHRJFK/T10K100.0", "NA", at, "CX251", _accs.TodayDayMonth) + $"CUR/{after + 1}\r\n\r\n",
            (await _accs.FeedAsync(after, max: 1)).Body);
        Assert.Equal(
            AccsClient.Csn($"{second}LHRJFK/T10K100.0", "NA", at, "CX251", _accs.TodayDayMonth) + $"CUR/{after + 2}\r\n\r\n",
            (await _accs.FeedAsync(after + 1)).Body);
        Assert.Equal((HttpStatusCode.OK, ""), await _accs.FeedAsync(after + 2));
        Assert.Equal(HttpStatusCode.BadRequest, (await _accs.FeedAsync(after, max: 501)).Status);
    }
}
