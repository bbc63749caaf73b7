using System.Net;
using Strangler.Legacy.Accs.Tests.TestSupport;
using static Strangler.Legacy.Accs.Tests.TestSupport.CargoImpText;

namespace Strangler.Legacy.Accs.Tests.Http;

/// <summary>
/// The ACCS contract over real HTTP on loopback: samples, store rules, the CSN lifecycle and feed,
/// idempotency. Runs once per store (<see cref="AccsOnSqlite"/>, <see cref="AccsOnPostgres"/>).
/// </summary>
public abstract partial class AccsBehaviour
{
    protected const string Cathay = "test-cathay";
    protected const string Hactl = "test-hactl";
    protected const string Flight = "CX251/10MAR/HKG/B-HLR";

    protected abstract StoreSource Source { get; }

    protected static string Receipt(int n) => $"A{AccsTestHost.DayStamp}{n:D9}";

    /// <summary>An air waybill number of prefix 160 with a valid check digit.</summary>
    protected static string Awb(int stem, string prefix = "160") => $"{prefix}-{stem:D7}{stem % 7}";

    protected static string Accepted(int receipt, string line1, string line2) =>
        Answer("FMA/1", $"ACK/ACCEPTED/{Receipt(receipt)}", line1, line2);

    protected static string Rejected(string ack, string line1, string line2) => Answer("FNA/1", "ACK/" + ack, line1, line2);

    protected static string Csn(string line, string code, string setAt, string flight = "CX251/10MAR") =>
        Answer("CSN/1", line, $"CSN/{code}/{setAt}/{flight}");

    [Fact]
    public async Task Every_contract_sample_gets_its_expected_answer_in_name_order()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);

        Assert.Equal((HttpStatusCode.OK, Accepted(1, "FWB/16", "160-12345675HKGLHR/T10K100.0MC0.72")),
            await accs.PostAsync(Cathay, accs.Sample("01-fwb-accepted.txt")));
        Assert.Equal((HttpStatusCode.OK, Accepted(2, "FHL/5", "MBI/160-12345675HKGLHR/T10K100.0")),
            await accs.PostAsync(Cathay, accs.Sample("02-fhl-accepted.txt")));
        Assert.Equal((HttpStatusCode.OK, Accepted(3, "FFM/8", "1/CX251/10MAR/HKG/B-HLR")),
            await accs.PostAsync(Hactl, accs.Sample("03-ffm-accepted.txt")));
        Assert.Equal((HttpStatusCode.OK, Csn("160-22222222HKGLHR/P5K50.0T10", "NA", "10MAR1200")),
            await accs.GetAsync(Hactl, "accs/v1/status/160-22222222"));
        Assert.Equal((HttpStatusCode.OK, Rejected("A010/AIR WAYBILL CHECK DIGIT WRONG", "FWB/16", "160-12345676HKGLHR/T10K100.0")),
            await accs.PostAsync(Cathay, accs.Sample("04-fwb-bad-check-digit.txt")));
        Assert.Equal((HttpStatusCode.OK, Rejected("A013/HOUSE TOTALS DO NOT MATCH MASTER", "FHL/5", "MBI/160-12345675HKGLHR/T10K100.0")),
            await accs.PostAsync(Cathay, accs.Sample("05-fhl-totals-mismatch.txt")));
    }

    [Fact]
    public async Task Answers_are_plain_text_in_utf_8()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        using var client = accs.Host.CreateClient(Cathay);
        using var content = new ByteArrayContent(accs.Sample("01-fwb-accepted.txt"));
        content.Headers.ContentType = new("text/plain");
        using var response = await client.PostAsync("accs/v1/messages", content);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task A_resend_gets_the_recorded_answer_byte_for_byte_and_records_nothing_new()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var first = await accs.PostAsync(Cathay, accs.Sample("01-fwb-accepted.txt"));
        accs.Advance(TimeSpan.FromMinutes(5));
        var again = await accs.PostAsync(Cathay, accs.Sample("01-fwb-accepted.txt").Where(b => b != (byte)'\r').ToArray());

        Assert.Equal(first, again);
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_FWB"));
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_CSN"));
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_REQUEST_LOG"));
        Assert.Equal((HttpStatusCode.OK, Accepted(2, "FHL/5", "MBI/160-12345675HKGLHR/T10K100.0")),
            await accs.PostAsync(Cathay, accs.Sample("02-fhl-accepted.txt")));
    }

    [Fact]
    public async Task A_rejection_is_recorded_and_a_resend_gets_it_even_after_the_state_changed()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var awb = Awb(3000001);
        await accs.PostAsync(Cathay, Fwb($"{awb}LHRHKG/T5K50.0", goods: "CIGARETTES"));
        var replacement = Fwb($"{awb}LHRHKG/T5K51.0", goods: "CIGARETTES");
        var refused = await accs.PostAsync(Cathay, replacement);
        accs.Advance(TimeSpan.FromHours(5));

        Assert.Equal(refused, await accs.PostAsync(Cathay, replacement));
        Assert.Contains("ACK/A020/", refused.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_identical_messages_at_once_record_once_and_get_the_same_answer()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var body = accs.Sample("01-fwb-accepted.txt");
        var answers = await Task.WhenAll(accs.PostAsync(Cathay, body), accs.PostAsync(Cathay, body), accs.PostAsync(Cathay, body));

        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal(Accepted(1, "FWB/16", "160-12345675HKGLHR/T10K100.0MC0.72"), answers[0].Body);
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_FWB"));
        Assert.Equal(1L, await accs.ScalarAsync<long>("SELECT COUNT(*) FROM ACC_REQUEST_LOG"));
    }

    [Fact]
    public async Task The_same_message_from_another_key_is_another_request()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        await accs.PostAsync(Cathay, accs.Sample("01-fwb-accepted.txt"));
        Assert.Equal(Accepted(2, "FWB/16", "160-12345675HKGLHR/T10K100.0MC0.72"),
            (await accs.PostAsync(Hactl, accs.Sample("01-fwb-accepted.txt"))).Body);
        Assert.Equal(2L, await accs.ScalarAsync<long>("SELECT MAX(VERSION_NO) FROM ACC_FWB"));
    }

    [Fact]
    public async Task Receipt_numbers_restart_each_Hong_Kong_day_in_the_legacy_block()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        await accs.PostAsync(Cathay, accs.Sample("01-fwb-accepted.txt"));
        accs.Advance(TimeSpan.FromHours(12)); // 00:00 the next day in Hong Kong
        var answer = await accs.PostAsync(Cathay, accs.Sample("02-fhl-accepted.txt"));
        Assert.Contains("ACK/ACCEPTED/A260311000000001\r\n", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_facade_sets_received_at_and_the_receipt_number()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var answer = await accs.PostAsync(Cathay, accs.Sample("01-fwb-accepted.txt"), r =>
        {
            r.Headers.Add("X-Strangler-Facade", "facade-secret");
            r.Headers.Add("X-Strangler-Received-At", "2026-03-10T08:30:00+08:00");
            r.Headers.Add("X-Strangler-Issued", "receipt=A260310000000777");
        });

        Assert.Equal(Answer("FMA/1", "ACK/ACCEPTED/A260310000000777", "FWB/16", "160-12345675HKGLHR/T10K100.0MC0.72"), answer.Body);
        Assert.Equal(Csn("160-12345675HKGLHR/T10K100.0MC0.72", "NC", "10MAR0830"),
            (await accs.GetAsync(Cathay, "accs/v1/status/160-12345675")).Body);
    }

    [Fact]
    public async Task Facade_headers_from_a_client_without_the_credential_are_ignored()
    {
        await using var accs = await AccsTestHost.StartAsync(Source);
        var answer = await accs.PostAsync(Cathay, accs.Sample("01-fwb-accepted.txt"), r =>
            r.Headers.Add("X-Strangler-Issued", "receipt=A260310000000777"));
        Assert.Equal(Accepted(1, "FWB/16", "160-12345675HKGLHR/T10K100.0MC0.72"), answer.Body);
    }
}
