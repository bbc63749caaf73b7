using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Driving;

/// <summary>
/// Counts the requests each interface's lane has finished, so a GETS declaration can wait until the
/// ROCARS and EMAN requests dispatched before it (which issue the CCRNs and EMAN refs it names) are done.
/// </summary>
internal sealed class DispatchGate
{
    private readonly long[] _completed = new long[HistoryInterfaces.All.Count];
    private readonly List<(long[] Required, TaskCompletionSource Done)> _waiters = [];
    private readonly object _lock = new();

    public void Completed(HistoryInterface lane)
    {
        List<TaskCompletionSource>? released = null;
        lock (_lock)
        {
            _completed[(int)lane]++;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (IsSatisfied(_waiters[i].Required))
                {
                    (released ??= []).Add(_waiters[i].Done);
                    _waiters.RemoveAt(i);
                }
            }
        }

        released?.ForEach(done => done.TrySetResult());
    }

    /// <summary>Completes when every lane has finished at least <paramref name="required"/>[lane] requests.</summary>
    public Task WaitAsync(long[] required, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (IsSatisfied(required))
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((required, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    private bool IsSatisfied(long[] required)
    {
        for (var i = 0; i < required.Length; i++)
        {
            if (_completed[i] < required[i])
            {
                return false;
            }
        }

        return true;
    }
}
