using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Migration.Tests.Support;

/// <summary>
/// Holds the history's traffic to the paused interfaces at an instant: each paused interface's first request received at
/// or after it waits until <see cref="Resume"/>, so a test can backfill a legacy store that stands still, then let the
/// rest of the history (amendments, cancellations, new documents) arrive as live traffic would.
/// </summary>
public sealed class PausingSink(IHistorySink inner, DateTimeOffset at, IReadOnlyCollection<HistoryInterface> paused) : IHistorySink
{
    private readonly Lock _lock = new();
    private readonly HashSet<HistoryInterface> _arrived = [];
    private readonly TaskCompletionSource _allPaused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when every paused interface has reached the instant.</summary>
    public Task AllPaused => _allPaused.Task;

    public bool Stores(HistoryInterface historyInterface) => inner.Stores(historyInterface);

    public void Resume() => _resume.TrySetResult();

    public async Task<byte[]> SubmitAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (paused.Contains(request.Interface) && request.ReceivedAt >= at && !_resume.Task.IsCompleted)
        {
            lock (_lock)
            {
                _arrived.Add(request.Interface);
                if (_arrived.Count == paused.Count)
                {
                    _allPaused.TrySetResult();
                }
            }

            await _resume.Task.WaitAsync(cancellationToken);
        }

        return await inner.SubmitAsync(request, cancellationToken);
    }
}
