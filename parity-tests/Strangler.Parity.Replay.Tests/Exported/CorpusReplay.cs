using System.Text;
using Strangler.Cli.Parity.Export;
using Strangler.Facade.Testing;

namespace Strangler.Parity.Replay.Tests.Exported;

/// <summary>
/// Replays an exported corpus (<c>strangler parity export</c>) through a stack's facade: the clock set to each entry's
/// <c>at</c>, one request at a time (the next waits for this one's comparison). The export carries no API keys, so
/// each request goes with the sample key of its interface's role: GETS <c>test-tradelink</c>, EMAN <c>test-msc</c>,
/// ACCS <c>test-cathay</c> (an FFM: the terminal operator <c>test-hactl</c>), ROCARS <c>test-shipper</c> (bundles and
/// clearance: <c>test-driver</c>; SSDD: <c>test-cnsw</c>). A request another carrier's key sent is thus refused alike
/// by both systems: it still compares, but as a refusal.
/// </summary>
public static class CorpusReplay
{
    /// <summary>Sends every entry; returns how many got a completed comparison and the entries the clock could not go back to.</summary>
    public static async Task<(int Compared, IReadOnlyList<long> OutOfOrder)> SendAsync(StranglerStack stack, IReadOnlyList<CorpusEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(entries);
        var watch = new ComparisonWatch(stack);
        await watch.MarkAsync();
        var compared = 0;
        var outOfOrder = new List<long>();
        foreach (var entry in entries)
        {
            if (entry.At < stack.Clock.GetUtcNow())
            {
                outOfOrder.Add(entry.Id);
            }
            else
            {
                stack.Clock.SetUtcNow(entry.At);
            }

            using var client = stack.Facade.Client(KeyFor(entry));
            using var request = new HttpRequestMessage(new HttpMethod(entry.Method), new Uri(entry.Path.TrimStart('/'), UriKind.Relative));
            if (entry.Method != "GET")
            {
                request.Content = new StringContent(entry.Body, new UTF8Encoding(false), ContentTypeOf(entry.Interface));
            }

            using var response = await client.SendAsync(request);
            if (await watch.NextAsync())
            {
                compared++;
            }
        }

        return (compared, outOfOrder);
    }

    public static string KeyFor(CorpusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Interface.ToLowerInvariant() switch
        {
            "gets" => "test-tradelink",
            "eman" => "test-msc",
            "accs" => entry.Body.StartsWith("FFM", StringComparison.Ordinal) ? "test-hactl" : "test-cathay",
            _ when entry.Path.Contains("/ssdd", StringComparison.Ordinal) => "test-cnsw",
            _ when entry.Path.Contains("/bundles", StringComparison.Ordinal) || entry.Path.Contains("/clearance", StringComparison.Ordinal) => "test-driver",
            _ => "test-shipper",
        };
    }

    private static string ContentTypeOf(string contractInterface) => contractInterface.ToLowerInvariant() switch
    {
        "gets" or "eman" => "application/edifact",
        "rocars" => "application/xml",
        _ => "text/plain",
    };
}
