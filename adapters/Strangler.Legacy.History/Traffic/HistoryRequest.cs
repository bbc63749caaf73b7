using Strangler.RocarsXml;

namespace Strangler.Legacy.History.Traffic;

/// <summary>
/// One request of the history as a client sends it: the interface, the client key, the moment it is
/// received, the body, and for ROCARS the endpoint (<c>/aci</c>, <c>/ssdd</c>, <c>/bundles</c>).
/// </summary>
public sealed record HistoryRequest(
    HistoryInterface Interface,
    string ClientKey,
    DateTimeOffset ReceivedAt,
    ReadOnlyMemory<byte> Body,
    RocarsEndpoint? Endpoint = null);

/// <summary>
/// A request, its answer and what the answer said about each document in it (for observers and tests).
/// <paramref name="Sequence"/> is the request's place in the history (received-at order); interfaces are
/// sent concurrently, so observers see them interleaved and sort by it.
/// </summary>
public sealed record HistoryExchange(long Sequence, HistoryRequest Request, byte[] Answer, IReadOnlyList<DocumentOutcome> Documents);
