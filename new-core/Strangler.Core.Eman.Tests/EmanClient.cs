using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Strangler.Contracts.Testing;
using Strangler.Core.Testing;

namespace Strangler.Core.Eman.Tests;

/// <summary>Talks EMAN to a running core over HTTP: samples made unique per test, posts, reads, and expected answer texts.</summary>
internal sealed partial class EmanClient(CoreServer server)
{
    public CoreServer Server => server;

    public DateTimeOffset Now => server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

    /// <summary>A sample rendered at the current clock, with its interchange ref and voyage replaced by unique ones.</summary>
    public static string Sample(string path, DateTimeOffset now, string interchangeRef, string voyage)
    {
        var text = ContractSamples.ReadText(path, now);
        var icref = UnbRef().Match(text).Groups[1].Value;
        var sampleVoyage = TdtVoyage().Match(text).Groups[1].Value;
        return text.Replace(icref, interchangeRef, StringComparison.Ordinal).Replace(sampleVoyage, voyage, StringComparison.Ordinal);
    }

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..(14 - prefix.Length)].ToUpperInvariant();

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string key = "test-msc", Action<HttpRequestMessage>? adjust = null) =>
        await PostAsync(Encoding.UTF8.GetBytes(body), key, adjust);

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] body, string key = "test-msc", Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/eman/v1/manifests") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");
        request.Headers.Add("X-Api-Key", key);
        adjust?.Invoke(request);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string key = "test-msc", Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", key);
        adjust?.Invoke(request);
        using var response = await server.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string AnswerRefOf(string answer) => Match(UnbRef(), answer);

    public static string EmanRefOf(string answer) => Match(AbtRef(), answer);

    public static string Minute(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>UNA and the answer UNB from HKEMAN to <paramref name="recipient"/> at <paramref name="at"/>.</summary>
    public static string Head(string recipient, DateTimeOffset at, string answerRef)
    {
        var hk = at.ToOffset(TimeSpan.FromHours(8));
        return $"UNA:+.? 'UNB+UNOC:3+HKEMAN:ZZZ+{recipient}:ZZZ+{hk:yyMMdd}:{hk:HHmm}+{answerRef}'\n";
    }

    public static string Accepted(string messageRef, string documentNumber, DateTimeOffset at, string icref, string emanRef, string statuses = "GIS+AC:HKS'\n", int count = 7) =>
        $"UNH+{messageRef}+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+{documentNumber}+29'\nDTM+182:{Minute(at)}:203'\nRFF+ACW:{icref}:{messageRef}'\n" +
        $"RFF+ABT:{emanRef}'\n{statuses}UNT+{count}+{messageRef}'\n";

    public static string Rejected(string messageRef, string documentNumber, DateTimeOffset at, string icref, params (string Code, string Text)[] errors) =>
        $"UNH+{messageRef}+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+{documentNumber}+27'\nDTM+182:{Minute(at)}:203'\nRFF+ACW:{icref}:{messageRef}'\n" +
        string.Concat(errors.Select(e => $"ERP+1'\nERC+{e.Code}:HKE'\nFTX+AAO+++{e.Text}'\n")) + $"UNT+{5 + (3 * errors.Length)}+{messageRef}'\n";

    public static string Tail(int count, string answerRef) => $"UNZ+{count}+{answerRef}'\n";

    /// <summary>A cancellation of <paramref name="emanRef"/> by MSCU (header only, with RFF+ABT).</summary>
    public static string Cancellation(DateTimeOffset now, string icref, string emanRef, string documentNumber) =>
        $"UNB+UNOC:3+MSCUAGENT:ZZZ+HKEMAN:ZZZ+261126:1200+{icref}'UNH+C1+CUSCAR:D:95B:UN:HKEMAN'BGM+85+{documentNumber}+1'GIS+S1:HKM'GIS+IM:HKD'" +
        $"DTM+137:{Minute(now)}:203'RFF+ABT:{emanRef}'NAD+CA+MSCU::HKC++MEDITERRANEAN SHIPPING CO'TDT+20+X+1++MSCU:172:20+++9876543:103::MSC AURORA'" +
        $"LOC+9+CNSHA'LOC+11+HKHKG'DTM+132:{Minute(now)}:203'UNT+12+C1'UNZ+1+{icref}'";

    /// <summary>Sample 01 as an amendment of <paramref name="emanRef"/> under a new interchange ref.</summary>
    public static string Amend(string original, string icref, string emanRef)
    {
        var oldRef = UnbRef().Match(original).Groups[1].Value;
        var dtm = Regex.Match(original, @"DTM\+137:[0-9]+:203'").Value;
        return original.Replace(oldRef, icref, StringComparison.Ordinal).Replace("-IM+9'", "-IM+5'", StringComparison.Ordinal)
            .Replace(dtm, dtm + "\nRFF+ABT:" + emanRef + "'", StringComparison.Ordinal).Replace("UNT+42+M1", "UNT+43+M1", StringComparison.Ordinal);
    }

    private static string Match(Regex regex, string text) =>
        regex.Match(text) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("No match in: " + text);

    [GeneratedRegex(@"UNB\+[^']*\+([A-Z0-9]+)'")]
    private static partial Regex UnbRef();

    [GeneratedRegex(@"TDT\+20\+([^+]+)\+")]
    private static partial Regex TdtVoyage();

    [GeneratedRegex(@"RFF\+ABT:([A-Z0-9]+)'")]
    private static partial Regex AbtRef();
}
