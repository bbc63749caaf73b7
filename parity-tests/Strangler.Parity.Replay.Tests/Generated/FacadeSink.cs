using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Strangler.Facade.Testing;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.RocarsXml;

namespace Strangler.Parity.Replay.Tests.Generated;

/// <summary>
/// Sends the generated history through the facade over HTTP, with the client's own key, one request at a time in
/// received-at order: the stack's clock is set to the request's received-at first (the facade stamps it, the
/// stand-ins and the core read it), and the next request waits until this one's comparison is complete, so the
/// new core also answers at that moment. Returns the answer the client got (legacy's, in shadow) to the generator.
/// </summary>
public sealed class FacadeSink(StranglerStack stack, HistorySchedule schedule) : IHistorySink, IDisposable
{
    private readonly Turnstile _turnstile = new(schedule);
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly ComparisonWatch _comparisons = new(stack);

    /// <summary>Requests sent.</summary>
    public int Sent { get; private set; }

    /// <summary>Requests received earlier than one sent before them (the clock cannot go back): must stay 0.</summary>
    public IList<string> OutOfOrder { get; } = [];

    /// <summary>Requests whose comparison did not complete in time.</summary>
    public IList<string> Uncompared { get; } = [];

    public int Forced => _turnstile.Forced;

    public bool Stores(HistoryInterface historyInterface) => true;

    public async Task<byte[]> SubmitAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _turnstile.EnterAsync(request, cancellationToken);
        try
        {
            if (Sent == 0)
            {
                await _comparisons.MarkAsync();
            }

            if (request.ReceivedAt < stack.Clock.GetUtcNow())
            {
                OutOfOrder.Add($"{request.Interface} {request.ClientKey} at {request.ReceivedAt:O} after {stack.Clock.GetUtcNow():O}");
            }
            else
            {
                stack.Clock.SetUtcNow(request.ReceivedAt);
            }

            var (path, contentType) = Route(request);
            using var content = new ReadOnlyMemoryContent(request.Body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            var client = _clients.GetOrAdd(request.ClientKey, key => stack.Facade.Client(key));
            using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
            var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            Sent++;
            if (!await _comparisons.NextAsync(cancellationToken))
            {
                Uncompared.Add($"{request.Interface} {request.ClientKey} at {request.ReceivedAt:O}");
            }

            return (int)response.StatusCode == 200
                ? answer
                : throw new InvalidOperationException($"The facade answered HTTP {(int)response.StatusCode} to {request.Interface} {request.ClientKey} at {request.ReceivedAt:O}.");
        }
        finally
        {
            _turnstile.Leave();
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private static (string Path, string ContentType) Route(HistoryRequest request) => request.Interface switch
    {
        HistoryInterface.Gets => ("gets/v1/messages", "application/edifact"),
        HistoryInterface.Eman => ("eman/v1/manifests", "application/edifact"),
        HistoryInterface.Rocars => (request.Endpoint switch
        {
            RocarsEndpoint.Bundles => "rocars/xml/v1/bundles",
            RocarsEndpoint.Ssdd => "rocars/xml/v1/ssdd",
            _ => "rocars/xml/v1/aci",
        }, "application/xml"),
        _ => ("accs/v1/messages", "text/plain"),
    };
}
