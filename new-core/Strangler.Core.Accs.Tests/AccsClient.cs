using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Strangler.Core.Testing;

namespace Strangler.Core.Accs.Tests;

/// <summary>Real HTTP calls to the ACCS endpoints of a test server, and the messages and expected lines the tests build.</summary>
internal sealed class AccsClient(CoreServer server)
{
    public const string Airline = "test-cathay";
    public const string Terminal = "test-hactl";

    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public CoreServer Server => server;

    /// <summary>An air waybill number with a valid check digit: the 7-digit serial modulo 7.</summary>
    public static string Awb(int serial, string prefix = "160") => $"{prefix}-{serial:D7}{serial % 7}";

    public DateTimeOffset NowHk => server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

    /// <summary><c>DDMMMHHMM</c> of an instant in Hong Kong time.</summary>
    public static string DayMonthTime(DateTimeOffset t)
    {
        var hk = t.ToOffset(TimeSpan.FromHours(8));
        return hk.ToString("dd", CultureInfo.InvariantCulture) + Months[hk.Month - 1] + hk.ToString("HHmm", CultureInfo.InvariantCulture);
    }

    public string TodayDayMonth => NowHk.ToString("dd", CultureInfo.InvariantCulture) + Months[NowHk.Month - 1];

    public string Today => NowHk.ToString("dd", CultureInfo.InvariantCulture);

    public string Fwb(string awb, string origin = "HKG", string destination = "LHR", int pieces = 10, string goods = "ELECTRONIC COMPONENTS",
        string hts = "85423100") =>
        string.Join("\r\n",
            "FWB/16", $"{awb}{origin}{destination}/T{pieces}K{pieces * 10}.0", $"FLT/CX251/{Today}", "SHP", "NAM/ACME TRADING LTD",
            "ADR/12 SAMPLE ROAD", "LOC/KWUN TONG", "/HK", "CNE", "NAM/BRITISH IMPORTS PLC", "ADR/1 HIGH STREET", "LOC/LONDON", "/GB",
            "CVD/HKD//PP/NVD/250000.00/XXX", $"NG/{goods}", $"HTS/{hts}") + "\r\n";

    /// <summary>One FFM part of flight <paramref name="flight"/> departing HKG today, unloading at LHR.</summary>
    public string Ffm(int part, string flight, bool last, params string[] waybillLines) =>
        string.Join("\r\n", new[] { "FFM/8", $"{part}/{flight}/{TodayDayMonth}/HKG/B-HLR", "LHR" }.Concat(waybillLines).Append(last ? "LAST" : "CONT"))
        + "\r\n";

    public static string Fma(string receipt, string line1, string line2) => $"FMA/1\r\nACK/ACCEPTED/{receipt}\r\n{line1}\r\n{line2}\r\n";

    public static string Fna(string code, string text, string line1, string line2) => $"FNA/1\r\nACK/{code}/{text}\r\n{line1}\r\n{line2}\r\n";

    public static string Csn(string line, string code, DateTimeOffset setAt, string flight, string dayMonth) =>
        $"CSN/1\r\n{line}\r\nCSN/{code}/{DayMonthTime(setAt)}/{flight}/{dayMonth}\r\n";

    public static string ReceiptOf(string answer) =>
        answer.Split("\r\n")[1] is var ack && ack.StartsWith("ACK/ACCEPTED/", StringComparison.Ordinal) ? ack[13..] : throw new Xunit.Sdk.XunitException(answer);

    public Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string key = Airline, Action<HttpRequestMessage>? adjust = null) =>
        PostAsync(Encoding.UTF8.GetBytes(body), key, adjust);

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] body, string key = Airline, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/accs/v1/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        request.Headers.Add("X-Api-Key", key);
        adjust?.Invoke(request);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<(HttpStatusCode Status, string Body)> StatusAsync(string awb, string key = Airline) => GetAsync("/accs/v1/status/" + awb, key);

    public Task<(HttpStatusCode Status, string Body)> FeedAsync(long after, string key = Airline, int max = 500) =>
        GetAsync($"/accs/v1/status?after={after}&max={max}", key);

    /// <summary>The last cursor in the key's feed now (0 when empty), so a test reads only what it causes.</summary>
    public async Task<long> LastCursorAsync(string key = Airline)
    {
        long last = 0;
        while (true)
        {
            var (_, body) = await FeedAsync(last, key);
            var cursors = body.Split("\r\n").Where(l => l.StartsWith("CUR/", StringComparison.Ordinal)).Select(l => long.Parse(l[4..], CultureInfo.InvariantCulture)).ToList();
            if (cursors.Count == 0)
            {
                return last;
            }

            last = cursors[^1];
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", key);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
