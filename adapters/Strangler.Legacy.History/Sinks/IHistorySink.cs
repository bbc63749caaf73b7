using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Sinks;

/// <summary>Where the history goes: submits one request at its received-at and returns the answer bytes.</summary>
public interface IHistorySink
{
    /// <summary>Whether this sink writes the interface's store (false: answered without storing, e.g. an interface left out).</summary>
    bool Stores(HistoryInterface historyInterface);

    Task<byte[]> SubmitAsync(HistoryRequest request, CancellationToken cancellationToken);
}
