using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Model.Air;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.Accs.Tests;

/// <summary>
/// Requests on different air waybills run side by side (per-air-waybill locks, one write transaction each): feeds stay
/// gapless and in order, overlapping FFMs do not deadlock, a flight part is taken once, a release is applied once.
/// </summary>
public abstract class AccsConcurrencyTests(CoreServer server)
{
    private readonly AccsClient _accs = new(server);

    [Fact]
    public async Task Concurrent_fwbs_get_distinct_receipts_and_each_key_sees_every_csn_once_under_consecutive_cursors()
    {
        var awbs = Enumerable.Range(4000001, 16).Select(s => AccsClient.Awb(s)).ToList();
        var airlineAfter = await _accs.LastCursorAsync();
        var terminalAfter = await _accs.LastCursorAsync(AccsClient.Terminal);
        var answers = await Task.WhenAll(awbs.Select(a => _accs.PostAsync(_accs.Fwb(a, "LHR", "JFK"))));
        Assert.Equal(16, answers.Select(a => AccsClient.ReceiptOf(a.Body)).Distinct().Count());

        foreach (var (key, after) in new[] { (AccsClient.Airline, airlineAfter), (AccsClient.Terminal, terminalAfter) })
        {
            var lines = (await _accs.FeedAsync(after, key)).Body.Split("\r\n");
            Assert.Equal(
                Enumerable.Range(1, 16).Select(i => (after + i).ToString(CultureInfo.InvariantCulture)),
                lines.Where(l => l.StartsWith("CUR/", StringComparison.Ordinal)).Select(l => l[4..]));
            Assert.Equal(awbs.Order(), lines.Where(l => awbs.Any(a => l.StartsWith(a, StringComparison.Ordinal))).Select(l => l[..12]).Order());
        }
    }

    [Fact]
    public async Task Concurrent_ffms_naming_the_same_air_waybills_in_different_orders_are_all_accepted_and_each_gets_NA_once()
    {
        var awbs = Enumerable.Range(4000101, 4).Select(s => AccsClient.Awb(s)).ToList();
        var after = await _accs.LastCursorAsync(AccsClient.Terminal);
        var ffms = Enumerable.Range(0, 6).Select(i =>
        {
            var order = (i % 2 == 0 ? awbs : awbs.AsEnumerable().Reverse()).Skip(i % 4).Concat((i % 2 == 0 ? awbs : awbs.AsEnumerable().Reverse()).Take(i % 4));
            return _accs.Ffm(1, $"CX7{i:D2}", true, [.. order.Select(a => $"{a}HKGLHR/T5K50.0/GARMENTS")]);
        });
        var answers = await Task.WhenAll(ffms.Select(f => _accs.PostAsync(f, AccsClient.Terminal)));
        Assert.All(answers, a => Assert.StartsWith("FMA/1\r\nACK/ACCEPTED/", a.Body));

        var feed = (await _accs.FeedAsync(after, AccsClient.Terminal)).Body;
        Assert.All(awbs, a => Assert.Single(feed.Split("\r\n"), l => l.StartsWith(a, StringComparison.Ordinal)));
        Assert.Equal(4, feed.Split("\r\n").Count(l => l.StartsWith("CSN/NA/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Of_concurrent_different_bodies_for_one_flight_part_exactly_one_is_accepted_and_the_rest_are_A004()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            _accs.PostAsync(_accs.Ffm(1, "CX750", true, $"{AccsClient.Awb(4000201 + i)}HKGLHR/T5K50.0/GARMENTS"), AccsClient.Terminal)));
        Assert.Single(answers, a => a.Body.StartsWith("FMA/1\r\nACK/ACCEPTED/", StringComparison.Ordinal));
        Assert.Equal(5, answers.Count(a => a.Body.StartsWith("FNA/1\r\nACK/A004/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_release_due_while_many_requests_arrive_at_once_is_applied_exactly_once()
    {
        var awb = AccsClient.Awb(4000301);
        var decidedAt = _accs.NowHk;
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(awb, goods: "CARVED IVORY"))).Body);
        var after = await _accs.LastCursorAsync();
        server.Clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));

        var others = Enumerable.Range(4000302, 6).Select(s => AccsClient.Awb(s)).ToList();
        await Task.WhenAll(
            Enumerable.Range(0, 6).Select(_ => _accs.StatusAsync(awb))
                .Concat(Enumerable.Range(0, 6).Select(_ => _accs.FeedAsync(after)))
                .Concat(others.Select(a => _accs.PostAsync(_accs.Fwb(a, "LHR", "JFK")))));

        var rl = AccsClient.Csn($"{awb}HKGLHR/T10K100.0", "RL", decidedAt + TimeSpan.FromHours(4), "CX251", _accs.TodayDayMonth);
        Assert.StartsWith(rl + $"CUR/{after + 1}\r\n", (await _accs.FeedAsync(after)).Body);
        Assert.Equal(rl, (await _accs.StatusAsync(awb)).Body);
        var status = await server.Services.GetRequiredService<DocumentReader>().CurrentAsync(awb);
        Assert.Equal(["PX", "RL"], ((AirWaybillStatus)status!.Document!).History.Select(h => h.Code));
    }
}
