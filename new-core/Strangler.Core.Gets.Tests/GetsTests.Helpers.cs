using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Strangler.Contracts.Testing;
using Strangler.Core.Testing;

namespace Strangler.Core.Gets.Tests;

public abstract partial class GetsTests
{
    private const string TradeLink = "test-tradelink";

    private DateTimeOffset Now => server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

    private DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    private static string NewId() => "T" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();

    /// <summary>A sample with placeholders replaced at the server's current time, its interchange ref and LRNs made unique.</summary>
    private string Sample(string path, string id)
    {
        var text = ContractSamples.ReadText(path, Now);
        text = Regex.Replace(text, "IC000000[0-9]", id);
        return Regex.Replace(text, "LRN-2026-000([0-9])", m => $"LRN-{id}-{m.Groups[1].Value}");
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string key = TradeLink, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/gets/v1/messages") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");
        request.Headers.Add("X-Api-Key", key);
        adjust?.Invoke(request);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> AnswerOf(string body, string key = TradeLink)
    {
        var (status, text) = await PostAsync(body, key);
        Assert.Equal(HttpStatusCode.OK, status);
        return text;
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string key = TradeLink, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", key);
        adjust?.Invoke(request);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static void Facade(HttpRequestMessage request, string? receivedAt = null, string? issued = null, string? answerRef = null)
    {
        request.Headers.Add("X-Strangler-Facade", CoreServer.FacadeCredential);
        if (receivedAt is not null)
        {
            request.Headers.Add("X-Strangler-Received-At", receivedAt);
        }

        if (issued is not null)
        {
            request.Headers.Add("X-Strangler-Issued", issued);
        }

        if (answerRef is not null)
        {
            request.Headers.Add("X-Strangler-Answer-Ref", answerRef);
        }
    }

    private static string AnswerRefOf(string answer) => Match(answer, "^UNA:\\+\\.\\? 'UNB\\+[^']*\\+(R[0-9]{13})'\n");

    private static string TdecOf(string answer) => Match(answer, "RFF\\+ABT:(TD[0-9]{14})'");

    private static string Match(string text, string pattern) =>
        Regex.Match(text, pattern) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException(text);

    /// <summary>A whole answer interchange: UNA, UNB (HKGETS to <paramref name="recipient"/>), the messages, UNZ.</summary>
    private static string Answer(string answerRef, DateTimeOffset at, string recipient, params string[] messages) =>
        $"UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+{recipient}:ZZZ+{at:yyMMdd}:{at:HHmm}+{answerRef}'\n" + string.Concat(messages) +
        string.Create(CultureInfo.InvariantCulture, $"UNZ+{messages.Length}+{answerRef}'\n");

    /// <summary>One CUSRES: the common opening, then <paramref name="rest"/> (segments without terminators), UNT.</summary>
    private static string Cusres(string reference, string documentNumber, bool accepted, DateTimeOffset at, string acw, params string[] rest)
    {
        string[] all =
        [
            $"UNH+{reference}+CUSRES:D:96B:UN:HKGETS",
            $"BGM+962+{documentNumber}+{(accepted ? "29" : "27")}",
            $"DTM+182:{at:yyyyMMddHHmm}:203",
            $"RFF+ACW:{acw}",
            .. rest,
        ];
        return string.Concat(all.Select(s => s + "'\n")) + string.Create(CultureInfo.InvariantCulture, $"UNT+{all.Length + 1}+{reference}'\n");
    }

    private static string[] Error(string code, string text) => ["ERP+1", $"ERC+{code}:HKE", $"FTX+AAO+++{text}"];

    private static string TdecPattern(char mode, DateTimeOffset at) => $"^TD{mode}{at:yyMMdd}[5-9][0-9]{{6}}$";
}
