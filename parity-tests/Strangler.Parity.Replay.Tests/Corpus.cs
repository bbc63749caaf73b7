using System.Net.Http.Headers;
using Strangler.Contracts.Testing;
using Strangler.Facade.Testing;

namespace Strangler.Parity.Replay.Tests;

/// <summary>
/// The replay corpus: every contract sample in its folder's order with the key samples/README.md names, and the
/// follow-up reads the README lists. A sample that needs an earlier answer's CCRN gets it.
/// </summary>
public static class Corpus
{
    public sealed record Step(string Name, string Method, string Path, string Key, string? Sample, string? ContentType);

    public static IReadOnlyList<Step> Samples { get; } =
    [
        Post("gets/01-import-sea-accepted.edi", "test-tradelink"),
        Post("gets/02-export-air-late-penalty.edi", "test-tradelink"),
        Post("gets/03-vague-description-rejected.edi", "test-tradelink"),
        Post("gets/04-two-messages-one-bad-unt.edi", "test-tradelink"),
        Post("gets/05-pre-shipment-new-core.edi", "test-tradelink"),
        Post("eman/01-sea-import-s1-accepted.edi", "test-msc"),
        Post("eman/02-bad-container-check-digit.edi", "test-msc"),
        Post("eman/03-air-import-s2-accepted.edi", "test-cathay"),
        Post("eman/04-package-total-mismatch.edi", "test-msc"),
        Post("rocars/01-aci-accepted.xml", "test-shipper"),
        Post("rocars/02-aci-too-late-rejected.xml", "test-shipper"),
        Post("rocars/03-aci-vague-rejected.xml", "test-shipper"),
        Post("rocars/04-bundle.xml", "test-driver"),
        new("rocars clearance", "GET", "rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC", "test-driver", null, null),
        Post("rocars/05-amend-bundled-rejected.xml", "test-shipper"),
        Post("rocars/06-not-well-formed.xml", "test-shipper"),
        Post("accs/01-fwb-accepted.txt", "test-cathay"),
        Post("accs/02-fhl-accepted.txt", "test-cathay"),
        Post("accs/03-ffm-accepted.txt", "test-hactl"),
        new("accs status", "GET", "accs/v1/status/160-22222222", "test-hactl", null, null),
        Post("accs/04-fwb-bad-check-digit.txt", "test-cathay"),
        Post("accs/05-fhl-totals-mismatch.txt", "test-cathay"),
    ];

    public static byte[] Body(Step step, DateTimeOffset now, Func<string, string> ccrnOf) =>
        ContractSamples.Read(step.Sample!, now, ccrnOf);

    /// <summary>Sends every step through the stack's facade with its key, the amendment with the CCRN the first ACI got.</summary>
    public static async Task SendAsync(StranglerStack stack)
    {
        string? ccrn = null;
        foreach (var step in Samples)
        {
            using var client = stack.Facade.Client(step.Key);
            using var request = new HttpRequestMessage(new HttpMethod(step.Method), step.Path);
            if (step.Sample is not null)
            {
                request.Content = new ByteArrayContent(Body(step, stack.Clock.GetUtcNow(), _ => ccrn ?? "C0000000000000X"));
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(step.ContentType!);
            }

            using var response = await client.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            if (step.Name.StartsWith("rocars/01", StringComparison.Ordinal))
            {
                ccrn = Contract.Between(answer, "<Ccrn>", "</Ccrn>");
            }
        }
    }

    private static Step Post(string sample, string key)
    {
        var folder = sample[..sample.IndexOf('/', StringComparison.Ordinal)];
        var (path, type) = folder switch
        {
            "gets" => ("gets/v1/messages", "application/edifact"),
            "eman" => ("eman/v1/manifests", "application/edifact"),
            "rocars" => (sample.Contains("bundle", StringComparison.Ordinal) ? "rocars/xml/v1/bundles" : "rocars/xml/v1/aci", "application/xml"),
            _ => ("accs/v1/messages", "text/plain"),
        };
        return new Step(sample, "POST", path, key, sample, type);
    }
}
