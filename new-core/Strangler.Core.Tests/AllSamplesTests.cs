using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Strangler.Contracts.Testing;
using Strangler.Core.Testing;

namespace Strangler.Core.Tests;

/// <summary>
/// Every contract sample through the whole core over real HTTP, in name order per folder, with the answer
/// samples/README.md expects from the new core: issued numbers from the new-core block (first sequence digit 5–9),
/// exactly the listed error codes.
/// </summary>
public abstract partial class AllSamplesTests(CoreServer server)
{
    [Fact]
    public async Task Gets_samples_get_their_new_core_answers()
    {
        var first = await PostAsync("gets/01-import-sea-accepted.edi", "test-tradelink");
        Assert.Matches(@"RFF\+ABT:TD1\d{6}[5-9]\d{6}'", first);
        Assert.Contains("MOA+161:7.00:HKD'", first);
        Assert.DoesNotContain("MOA+55:", first);
        Assert.Empty(Codes(first));

        var late = await PostAsync("gets/02-export-air-late-penalty.edi", "test-tradelink");
        Assert.Matches(@"RFF\+ABT:TD4\d{6}[5-9]\d{6}'", late);
        Assert.Contains("MOA+161:0.20:HKD'", late);
        Assert.Contains("MOA+55:20.00:HKD'", late);

        var vague = await PostAsync("gets/03-vague-description-rejected.edi", "test-tradelink");
        Assert.Equal(["E015"], Codes(vague));
        Assert.DoesNotContain("RFF+ABT", vague);

        var two = await PostAsync("gets/04-two-messages-one-bad-unt.edi", "test-tradelink");
        Assert.Equal(2, Regex.Count(two, "UNH\\+"));
        Assert.Contains("MOA+161:0.20:HKD'", two);
        Assert.Equal(["E003"], Codes(two));

        var preShipment = await PostAsync("gets/05-pre-shipment-new-core.edi", "test-tradelink");
        Assert.Matches(@"RFF\+ABT:TD4\d{6}[5-9]\d{6}'", preShipment);
        Assert.Contains("MOA+161:25.70:HKD'", preShipment);
        Assert.Empty(Codes(preShipment));
    }

    [Fact]
    public async Task Eman_samples_get_their_new_core_answers()
    {
        var sea = await PostAsync("eman/01-sea-import-s1-accepted.edi", "test-msc");
        Assert.Matches(@"EM1\d{6}[5-9]\d{6}", sea);
        Assert.Empty(Codes(sea));
        Assert.Equal(["E031"], Codes(await PostAsync("eman/02-bad-container-check-digit.edi", "test-msc")));
        var air = await PostAsync("eman/03-air-import-s2-accepted.edi", "test-cathay");
        Assert.Matches(@"EM4\d{6}[5-9]\d{6}", air);
        Assert.DoesNotContain("GIS+LT", air);
        Assert.Equal(["E014"], Codes(await PostAsync("eman/04-package-total-mismatch.edi", "test-msc")));
    }

    [Fact]
    public async Task Rocars_samples_get_their_new_core_answers()
    {
        var ccrns = new Dictionary<string, string>();
        var accepted = await PostAsync("rocars/01-aci-accepted.xml", "test-shipper", ccrns);
        Assert.Contains("<Status>ACCEPTED</Status>", accepted);
        ccrns["01-aci-accepted.xml"] = Regex.Match(accepted, "<Ccrn>(C\\d{6}[5-9]\\d{7}.)</Ccrn>").Groups[1].Value;
        Assert.NotEqual("", ccrns["01-aci-accepted.xml"]);
        Assert.Equal(["R010"], Codes(await PostAsync("rocars/02-aci-too-late-rejected.xml", "test-shipper", ccrns)));
        Assert.Equal(["R012"], Codes(await PostAsync("rocars/03-aci-vague-rejected.xml", "test-shipper", ccrns)));

        var bundle = await PostAsync("rocars/04-bundle.xml", "test-driver", ccrns);
        Assert.Contains("<Status>BUNDLED</Status>", bundle);
        Assert.Matches(@"<BundleRef>B\d{6}[5-9]\d{7}</BundleRef>", bundle);
        var clearance = await GetAsync("/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC", "test-driver");
        Assert.Matches("<Instruction>(GO|STOP)</Instruction>", clearance);

        Assert.Equal(["R021"], Codes(await PostAsync("rocars/05-amend-bundled-rejected.xml", "test-shipper", ccrns)));
        var broken = await PostAsync("rocars/06-not-well-formed.xml", "test-shipper", ccrns);
        Assert.Equal(["R001"], Codes(broken));
        Assert.Contains("<MessageId></MessageId>", broken);
    }

    [Fact]
    public async Task Accs_samples_get_their_new_core_answers()
    {
        var fwb = await PostAsync("accs/01-fwb-accepted.txt", "test-cathay");
        Assert.StartsWith("FMA/1", fwb);
        Assert.Matches(@"ACK/ACCEPTED/A\d{6}[5-9]\d{8}", fwb);
        Assert.StartsWith("FMA/1", await PostAsync("accs/02-fhl-accepted.txt", "test-cathay"));
        Assert.StartsWith("FMA/1", await PostAsync("accs/03-ffm-accepted.txt", "test-hactl"));
        Assert.Contains("\r\nCSN/NA/", await GetAsync("/accs/v1/status/160-22222222", "test-hactl"));
        var badCheckDigit = await PostAsync("accs/04-fwb-bad-check-digit.txt", "test-cathay");
        Assert.StartsWith("FNA/1", badCheckDigit);
        Assert.Equal(["A010"], Codes(badCheckDigit));
        var totals = await PostAsync("accs/05-fhl-totals-mismatch.txt", "test-cathay");
        Assert.StartsWith("FNA/1", totals);
        Assert.Equal(["A013"], Codes(totals));
    }

    // Error codes an answer carries, in any syntax: CUSRES ERC, ROCARS Error code, Cargo-IMP ACK.
    private static string[] Codes(string answer) =>
        [.. ErrorCode().Matches(answer).Select(m => m.Groups.Values.Skip(1).First(g => g.Success).Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex("""ERC\+(E\d{3})|code="(R\d{3})"|ACK/(A\d{3})/""")]
    private static partial Regex ErrorCode();

    private async Task<string> PostAsync(string sample, string key, Dictionary<string, string>? ccrns = null)
    {
        var body = ContractSamples.Read(sample, server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)),
            file => ccrns is not null && ccrns.TryGetValue(file, out var ccrn) ? ccrn : throw new InvalidOperationException(file));
        var (path, type) = sample.Split('/')[0] switch
        {
            "gets" => ("/gets/v1/messages", "application/edifact"),
            "eman" => ("/eman/v1/manifests", "application/edifact"),
            "rocars" => (sample.Contains("bundle.xml", StringComparison.Ordinal) ? "/rocars/xml/v1/bundles" : "/rocars/xml/v1/aci", "application/xml"),
            _ => ("/accs/v1/messages", "text/plain"),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(type);
        request.Headers.Add("X-Api-Key", key);
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<string> GetAsync(string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", key);
        using var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class SqliteAllSamplesTests(SqliteWholeCore server) : AllSamplesTests(server), IClassFixture<SqliteWholeCore>;

public sealed class PostgresAllSamplesTests(PostgresWholeCore server) : AllSamplesTests(server), IClassFixture<PostgresWholeCore>;
