using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Testing;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.Accs.Tests;

/// <summary>POST /accs/v1/messages over real HTTP: samples, checks, idempotency, FFM parts, facade headers, bad input.</summary>
public abstract class AccsMessageTests(CoreServer server)
{
    private const string A004 = "LINE OUT OF PLACE OR MALFORMED";
    private readonly AccsClient _accs = new(server);

    private string ReceiptPattern => $"^A{_accs.NowHk:yyMMdd}[5-9][0-9]{{8}}$";

    [Fact]
    public async Task Every_accs_sample_gets_its_expected_answer()
    {
        var fwb = await _accs.PostAsync(Sample("accs/01-fwb-accepted.txt"));
        var receipt = AccsClient.ReceiptOf(fwb.Body);
        Assert.Matches(ReceiptPattern, receipt);
        Assert.Equal(AccsClient.Fma(receipt, "FWB/16", "160-12345675HKGLHR/T10K100.0MC0.72"), fwb.Body);

        var fhl = await _accs.PostAsync(Sample("accs/02-fhl-accepted.txt"));
        Assert.Equal(AccsClient.Fma(AccsClient.ReceiptOf(fhl.Body), "FHL/5", "MBI/160-12345675HKGLHR/T10K100.0"), fhl.Body);

        var ffm = await _accs.PostAsync(Sample("accs/03-ffm-accepted.txt"), AccsClient.Terminal);
        Assert.Equal(AccsClient.Fma(AccsClient.ReceiptOf(ffm.Body), "FFM/8", $"1/CX251/{_accs.TodayDayMonth}/HKG/B-HLR"), ffm.Body);
        var status = await _accs.StatusAsync("160-22222222", AccsClient.Terminal);
        Assert.Equal(AccsClient.Csn("160-22222222HKGLHR/P5K50.0T10", "NA", _accs.NowHk, "CX251", _accs.TodayDayMonth), status.Body);

        Assert.Equal(
            AccsClient.Fna("A010", "AIR WAYBILL CHECK DIGIT WRONG", "FWB/16", "160-12345676HKGLHR/T10K100.0"),
            (await _accs.PostAsync(Sample("accs/04-fwb-bad-check-digit.txt"))).Body);
        Assert.Equal(
            AccsClient.Fna("A013", "HOUSE TOTALS DO NOT MATCH MASTER", "FHL/5", "MBI/160-12345675HKGLHR/T10K100.0"),
            (await _accs.PostAsync(Sample("accs/05-fhl-totals-mismatch.txt"))).Body);
        Assert.NotEqual(receipt, AccsClient.ReceiptOf(fhl.Body));
    }

    [Fact]
    public async Task A_resend_with_crlf_lf_bom_or_no_final_break_gets_the_recorded_answer_and_stores_nothing_more()
    {
        var awb = AccsClient.Awb(1000001);
        var body = _accs.Fwb(awb, origin: "LHR", destination: "JFK");
        var first = await _accs.PostAsync(body);
        Assert.Matches(ReceiptPattern, AccsClient.ReceiptOf(first.Body));
        foreach (var variant in new[] { body, body.Replace("\r\n", "\n"), body.TrimEnd('\r', '\n'), "\uFEFF" + body.Replace("\r\n", "\n").TrimEnd('\n') })
        {
            var again = await _accs.PostAsync(variant);
            Assert.Equal(HttpStatusCode.OK, again.Status);
            Assert.Equal(first.Body, again.Body);
        }

        var reader = server.Services.GetRequiredService<DocumentReader>();
        Assert.Single(await reader.VersionsAsync(awb));
        var stored = await reader.CurrentAsync(AccsClient.ReceiptOf(first.Body));
        var report = Assert.IsType<CargoReport>(stored!.Document);
        Assert.Equal((CargoReportKind.AirWaybill, awb), (report.Kind, report.Consignments[0].Document!.Number));
    }

    [Fact]
    public async Task Concurrent_resends_are_stored_once_and_answered_alike()
    {
        var awb = AccsClient.Awb(1000002);
        var body = _accs.Fwb(awb, origin: "LHR", destination: "JFK");
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _accs.PostAsync(i % 2 == 0 ? body : body.Replace("\r\n", "\n"))));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Single(await server.Services.GetRequiredService<DocumentReader>().VersionsAsync(awb));
        var after = await _accs.LastCursorAsync() - 1;
        Assert.Contains(awb, (await _accs.FeedAsync(after)).Body);
    }

    [Fact]
    public async Task Ffm_parts_arrive_in_any_order_and_a_part_received_again_is_A004_at_line_2()
    {
        var a = AccsClient.Awb(1000003);
        var part2 = await _accs.PostAsync(_accs.Ffm(2, "CX901", false, $"{a}HKGLHR/P3K30.0T9/GARMENTS"), AccsClient.Terminal);
        var part1 = await _accs.PostAsync(_accs.Ffm(1, "CX901", true, $"{a}HKGLHR/P4K40.0T9/GARMENTS"), AccsClient.Terminal);
        var line2 = $"1/CX901/{_accs.TodayDayMonth}/HKG/B-HLR";
        Assert.Equal(AccsClient.Fma(AccsClient.ReceiptOf(part2.Body), "FFM/8", $"2/CX901/{_accs.TodayDayMonth}/HKG/B-HLR"), part2.Body);
        Assert.Equal(AccsClient.Fma(AccsClient.ReceiptOf(part1.Body), "FFM/8", line2), part1.Body);
        Assert.NotEqual(AccsClient.ReceiptOf(part1.Body), AccsClient.ReceiptOf(part2.Body));

        // A later fault (wrong check digit) yields to the repeated part; a fault in line 2 itself or A002 wins over it.
        var again = _accs.Ffm(1, "CX901", true, $"{a.Remove(11)}0HKGLHR/P1K10.0T9/GARMENTS");
        Assert.Equal(AccsClient.Fna("A004", A004, "FFM/8", line2), (await _accs.PostAsync(again, AccsClient.Terminal)).Body);
        Assert.StartsWith("FNA/1\r\nACK/A002/", (await _accs.PostAsync(again.Replace("GARMENTS", "garments"), AccsClient.Terminal)).Body);
        var badLine2 = _accs.Ffm(1, "CX901", true, $"{a}HKGLHR/P1K10.0T9").Replace("/B-HLR", "/B_HLR");
        Assert.StartsWith("FNA/1\r\nACK/A002/", (await _accs.PostAsync(badLine2, AccsClient.Terminal)).Body);

        Assert.Equal(
            AccsClient.Csn($"{a}HKGLHR/P4K40.0T9", "NA", _accs.NowHk, "CX901", _accs.TodayDayMonth),
            (await _accs.StatusAsync(a, AccsClient.Terminal)).Body);
    }

    [Fact]
    public async Task Manifested_pieces_over_the_fwb_pieces_across_a_flights_parts_are_A015()
    {
        var c = AccsClient.Awb(1000004);
        var noFwb = AccsClient.Awb(1000005);
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Fwb(c))).Body);
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Ffm(1, "CX902", false, $"{c}HKGLHR/P6K60.0T10", $"{noFwb}HKGLHR/T99K990.0"))).Body);
        var over = _accs.Ffm(2, "CX902", true, $"{c}HKGLHR/P5K50.0T10");
        Assert.Equal(
            AccsClient.Fna("A015", "MANIFESTED PIECES EXCEED AIR WAYBILL PIECES", "FFM/8", $"2/CX902/{_accs.TodayDayMonth}/HKG/B-HLR"),
            (await _accs.PostAsync(over)).Body);
        Assert.StartsWith("FMA/1\r\n", (await _accs.PostAsync(_accs.Ffm(2, "CX902", true, $"{c}HKGLHR/P4K40.0T10", $"{noFwb}HKGLHR/T99K990.0"))).Body);
    }

    [Fact]
    public async Task A_prefix_the_airline_may_not_act_for_is_A016()
    {
        var fwb = _accs.Fwb(AccsClient.Awb(1000006, "176"));
        Assert.Equal(
            AccsClient.Fna("A016", "AIR WAYBILL PREFIX NOT ALLOWED FOR THIS CLIENT", "FWB/16", $"{AccsClient.Awb(1000006, "176")}HKGLHR/T10K100.0"),
            (await _accs.PostAsync(fwb)).Body);
    }

    [Fact]
    public async Task Facade_headers_are_honoured_from_the_facade_and_ignored_from_anyone_else()
    {
        var day = _accs.NowHk.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var issued = $"A{_accs.NowHk:yyMMdd}000000123";
        void Headers(HttpRequestMessage r, string receipt)
        {
            r.Headers.Add("X-Strangler-Received-At", $"{day}T11:59:00+08:00");
            r.Headers.Add("X-Strangler-Issued", "receipt=" + receipt);
        }

        var awb = AccsClient.Awb(1000007);
        var honoured = await _accs.PostAsync(_accs.Fwb(awb, "LHR", "JFK"), adjust: r =>
        {
            r.Headers.Add("X-Strangler-Facade", CoreServer.FacadeCredential);
            Headers(r, issued);
        });
        Assert.Equal(AccsClient.Fma(issued, "FWB/16", $"{awb}LHRJFK/T10K100.0"), honoured.Body);
        var at = new DateTimeOffset(_accs.NowHk.Date.AddHours(11).AddMinutes(59), TimeSpan.FromHours(8));
        Assert.Equal(AccsClient.Csn($"{awb}LHRJFK/T10K100.0", "NA", at, "CX251", _accs.TodayDayMonth), (await _accs.StatusAsync(awb)).Body);

        var taken = AccsClient.Awb(1000008);
        var again = await _accs.PostAsync(_accs.Fwb(taken, "LHR", "JFK"), adjust: r =>
        {
            r.Headers.Add("X-Strangler-Facade", CoreServer.FacadeCredential);
            Headers(r, issued);
        });
        Assert.Equal((HttpStatusCode.BadRequest, ""), again);
        var malformed = await _accs.PostAsync(_accs.Fwb(taken, "LHR", "JFK"), adjust: r =>
        {
            r.Headers.Add("X-Strangler-Facade", CoreServer.FacadeCredential);
            Headers(r, "A2611260001");
        });
        Assert.Equal((HttpStatusCode.BadRequest, ""), malformed);
        Assert.Equal(HttpStatusCode.NotFound, (await _accs.StatusAsync(taken)).Status);

        var ignored = await _accs.PostAsync(_accs.Fwb(taken, "LHR", "JFK"), adjust: r => Headers(r, issued));
        Assert.Matches(ReceiptPattern, AccsClient.ReceiptOf(ignored.Body));
        Assert.Equal(AccsClient.Csn($"{taken}LHRJFK/T10K100.0", "NA", _accs.NowHk, "CX251", _accs.TodayDayMonth), (await _accs.StatusAsync(taken)).Body);
    }

    [Fact]
    public async Task Random_and_mutated_bodies_are_answered_with_fma_or_fna_never_a_5xx()
    {
        var random = new Random(4001);
        // Other flights and air waybills than the samples', so what a mutation gets accepted never changes the sample test.
        var samples = ContractSamples.Files("accs")
            .Select(f => Encoding.ASCII.GetBytes(Sample("accs/" + f).Replace("CX251", "CX777").Replace("160-12345675", AccsClient.Awb(7654321))
                .Replace("160-22222222", AccsClient.Awb(7654322)).Replace("160-12345676", AccsClient.Awb(7654323).Remove(11) + "9")))
            .ToList();
        for (var i = 0; i < 120; i++)
        {
            var body = i % 6 == 5 ? RandomBytes(random) : Mutate(samples[random.Next(samples.Count)], random);
            var (status, answer) = await _accs.PostAsync(body, AccsClient.Terminal);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Matches("^F(MA|NA)/1\r\nACK/", answer);
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 200)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(byte[] sample, Random random)
    {
        var bytes = sample.ToList();
        for (var n = random.Next(1, 4); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                default: bytes.Insert(at, (byte)"/\r\n 9AZ"[random.Next(7)]); break;
            }
        }

        return [.. bytes];
    }

    private string Sample(string path) => Encoding.UTF8.GetString(ContractSamples.Read(path, _accs.NowHk));
}
