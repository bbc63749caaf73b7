using Strangler.Facade.Testing;

namespace Strangler.Parity.Replay.Tests;

/// <summary>
/// Waits, after each request a replay sends, for that request's comparison to complete: the mirror to the second
/// system runs after the client's answer, and the clock must not move on before the second system answered too.
/// </summary>
public sealed class ComparisonWatch(StranglerStack stack)
{
    private long _last = -1;

    /// <summary>False when no completed comparison appeared within 10 s.</summary>
    public async Task<bool> NextAsync(CancellationToken cancellationToken = default)
    {
        var store = ShadowReplay.Comparisons(stack);
        if (_last < 0)
        {
            throw new InvalidOperationException("Mark the watch before the first request.");
        }

        var limit = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < limit)
        {
            var records = await store.ListAsync(null, null, _last, 10, cancellationToken);
            if (records.FirstOrDefault(r => r.SecondaryStatus is not null) is { } done)
            {
                _last = done.Id;
                return true;
            }

            await Task.Delay(2, cancellationToken);
        }

        return false;
    }

    /// <summary>Starts watching after the newest record; returns its id.</summary>
    public async Task<long> MarkAsync()
    {
        _last = await ShadowReplay.LastIdAsync(ShadowReplay.Comparisons(stack));
        return _last;
    }
}
