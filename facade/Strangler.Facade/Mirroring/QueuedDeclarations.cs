using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Strangler.Contracts.Http;
using ContractInterface = Strangler.Facade.Routing.ContractInterface;
using Strangler.Facade.Routing;
using Strangler.Facade.Routing.Edifact;

namespace Strangler.Facade.Mirroring;

/// <summary>
/// Legacy GETS queues declarations outside its service hours (answer <c>GIS+QD:HKS</c>) and numbers them only when it
/// processes the queue at opening. Mirroring such a declaration at once would let the new core draw a number of its
/// own, and the two stores would hold one declaration under two numbers. So the mirror waits: until legacy's
/// acknowledgement feed (read with the client's key) has an acknowledgement for every queued message, then the new
/// core is sent the numbers legacy issued. Acknowledgements never change, so each key's scan is remembered.
/// </summary>
public sealed class QueuedDeclarations(BackendEndpoints backends)
{
    private readonly ConcurrentDictionary<string, KeyScan> _scans = new(StringComparer.Ordinal);

    /// <summary>The refs of the messages a CUSRES answer says were queued.</summary>
    public static IReadOnlyList<string> QueuedRefs(ReadOnlySpan<byte> answer)
    {
        if (answer.IndexOf("GIS+QD:HKS'"u8) < 0)
        {
            return []; // almost every answer: no need to read it
        }

        var refs = new List<string>();
        string? current = null;
        foreach (var segment in Segments(Encoding.UTF8.GetString(answer)))
        {
            if (segment.StartsWith("UNH+", StringComparison.Ordinal))
            {
                current = Element(segment, 1);
            }
            else if (segment == "GIS+QD:HKS" && current is not null)
            {
                refs.Add(current);
            }
        }

        return refs;
    }

    /// <summary>
    /// The <c>X-Strangler-Issued</c> value for the queued messages (merged with what the answer itself issued), or null
    /// while legacy has not acknowledged all of them yet.
    /// </summary>
    public async Task<string?> IssuedAsync(MirrorRequest request, IReadOnlyList<string> queued, CancellationToken cancellationToken)
    {
        var interchange = EdifactRequestReader.Read(request.Body)?.InterchangeRef;
        if (interchange is null || request.ApiKey is null)
        {
            return request.Issued ?? "";
        }

        var scan = _scans.GetOrAdd(request.ApiKey, _ => new KeyScan());
        await scan.Gate.WaitAsync(cancellationToken);
        try
        {
            if (!queued.All(m => scan.Acknowledged.ContainsKey(interchange + ":" + m)))
            {
                await ReadNewAsync(request.ApiKey, scan, cancellationToken);
            }

            if (!queued.All(m => scan.Acknowledged.ContainsKey(interchange + ":" + m)))
            {
                return null;
            }
        }
        finally
        {
            scan.Gate.Release();
        }

        var pairs = new List<string>();
        if (!string.IsNullOrEmpty(request.Issued))
        {
            pairs.Add(request.Issued);
        }

        pairs.AddRange(queued
            .Select(m => (Ref: m, Tdec: scan.Acknowledged[interchange + ":" + m]))
            .Where(p => p.Tdec is not null)
            .Select(p => $"{p.Ref}={p.Tdec}"));
        return string.Join("; ", pairs);
    }

    private async Task ReadNewAsync(string apiKey, KeyScan scan, CancellationToken cancellationToken)
    {
        while (true)
        {
            var url = backends.UrlOf(Side.Legacy, ContractInterface.Gets) +
                string.Create(CultureInfo.InvariantCulture, $"/gets/v1/acknowledgements?after={scan.Cursor}&max=500");
            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            message.Headers.TryAddWithoutValidation(ContractHeaders.ApiKey, apiKey);
            using var response = await backends.Mirror.SendAsync(message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return;
            }

            var read = 0;
            string? acw = null;
            string? abt = null;
            foreach (var segment in Segments(await response.Content.ReadAsStringAsync(cancellationToken)))
            {
                if (segment.StartsWith("UNH+", StringComparison.Ordinal))
                {
                    (acw, abt) = (null, null);
                }
                else if (segment.StartsWith("RFF+ACW:", StringComparison.Ordinal))
                {
                    acw = segment[8..];
                }
                else if (segment.StartsWith("RFF+ABT:", StringComparison.Ordinal))
                {
                    abt = segment[8..];
                }
                else if (segment.StartsWith("RFF+ACD:", StringComparison.Ordinal) &&
                         long.TryParse(segment[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
                {
                    scan.Cursor = Math.Max(scan.Cursor, cursor);
                }
                else if (segment.StartsWith("UNT+", StringComparison.Ordinal) && acw is not null)
                {
                    scan.Acknowledged[acw] = abt;
                    read++;
                }
            }

            if (read == 0)
            {
                return;
            }
        }
    }

    // Acknowledgements are written with the default service characters; no value the facade needs holds a release.
    private static IEnumerable<string> Segments(string interchange) =>
        interchange.Split('\'').Select(s => s.Trim('\r', '\n', ' ')).Where(s => s.Length > 0);

    private static string? Element(string segment, int index)
    {
        var parts = segment.Split('+');
        return parts.Length > index ? parts[index].Split(':')[0] : null;
    }

    private sealed class KeyScan
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long Cursor { get; set; }

        /// <summary>"interchange ref:message ref" → the TDEC number legacy issued (null for a rejection).</summary>
        public Dictionary<string, string?> Acknowledged { get; } = new(StringComparer.Ordinal);
    }
}
