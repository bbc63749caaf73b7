using Strangler.Legacy.History.Traffic;

namespace Strangler.Parity.Replay.Tests.Generated;

/// <summary>
/// Lets the generator's concurrent interface lanes through one at a time in the schedule's order. A lane whose waiting
/// request is later than the schedule's next entry for that interface skipped that entry (this run did not send it);
/// one earlier than it (or than any waiting) was not in the dry run and goes first. If the schedule cannot decide for
/// <see cref="Patience"/>, the earliest waiting request goes and is counted as <see cref="Forced"/>.
/// </summary>
internal sealed class Turnstile(HistorySchedule schedule)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    private readonly object _lock = new();
    private readonly Dictionary<HistoryInterface, (DateTimeOffset At, TaskCompletionSource Go)> _waiting = [];
    private int _next;
    private bool _busy;

    public int Forced { get; private set; }

    public async Task EnterAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waiting[request.Interface] = (request.ReceivedAt, go);
            Pump();
        }

        while (!go.Task.IsCompleted)
        {
            await Task.WhenAny(go.Task, Task.Delay(Patience, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
            lock (_lock)
            {
                if (!go.Task.IsCompleted && !_busy && _waiting.MinBy(w => w.Value.At).Key == request.Interface)
                {
                    Forced++;
                    Release(request.Interface);
                }
            }
        }
    }

    public void Leave()
    {
        lock (_lock)
        {
            _busy = false;
            Pump();
        }
    }

    private void Pump()
    {
        while (!_busy && _waiting.Count > 0)
        {
            if (_next >= schedule.Requests.Count)
            {
                Release(_waiting.MinBy(w => w.Value.At).Key);
                return;
            }

            var (lane, at) = schedule.Requests[_next];
            var earliest = _waiting.MinBy(w => w.Value.At);
            if (earliest.Value.At < at)
            {
                Release(earliest.Key); // not in the dry run, and earlier than anything still due
                return;
            }

            if (!_waiting.TryGetValue(lane, out var waiting))
            {
                return; // that lane has not come yet
            }

            if (waiting.At > at)
            {
                _next++; // skipped in this run
                continue;
            }

            _next++;
            Release(lane);
        }
    }

    private void Release(HistoryInterface lane)
    {
        _busy = true;
        _waiting.Remove(lane, out var waiting);
        waiting.Go.SetResult();
    }
}
