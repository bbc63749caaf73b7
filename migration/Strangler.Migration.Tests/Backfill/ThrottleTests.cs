using Microsoft.Extensions.Time.Testing;
using Strangler.Migration.Backfill;

namespace Strangler.Migration.Tests.Backfill;

public sealed class ThrottleTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Reads_within_the_burst_go_at_once_and_an_overdraft_waits_at_the_configured_rate()
    {
        var throttle = new Throttle(new ThrottleOptions { RecordsPerSecond = 100, Burst = 100 }, _clock);
        throttle.Observe(100, TimeSpan.FromMilliseconds(10));
        Assert.True(throttle.WaitAsync().IsCompleted);

        throttle.Observe(50, TimeSpan.FromMilliseconds(5));
        var wait = throttle.WaitAsync();
        _clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(wait.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await wait;
        Assert.Equal(TimeSpan.Zero, throttle.NextWait);
    }

    [Fact]
    public void A_slow_legacy_read_halves_the_rate_and_pauses_the_next_chunk_by_the_extra_time()
    {
        var throttle = WarmedUp();

        throttle.Observe(10, TimeSpan.FromMilliseconds(100));

        var state = throttle.State;
        Assert.Equal((50d, TimeSpan.FromMilliseconds(90)), (state.RecordsPerSecond, state.Delay));
        Assert.Equal("backing off: legacy read 10 ms per record is 10.0x its baseline 1 ms", state.Reason);
        Assert.Equal(TimeSpan.FromMilliseconds(90), throttle.NextWait);
    }

    [Fact]
    public void Slow_reads_in_a_row_double_the_pause_and_normal_reads_give_the_rate_back_a_tenth_at_a_time()
    {
        var throttle = WarmedUp();
        throttle.Observe(10, TimeSpan.FromMilliseconds(100));
        throttle.Observe(10, TimeSpan.FromMilliseconds(40));
        Assert.Equal((25d, TimeSpan.FromMilliseconds(180)), (throttle.State.RecordsPerSecond, throttle.State.Delay));

        throttle.Observe(10, TimeSpan.FromMilliseconds(10));
        Assert.Equal((35d, TimeSpan.Zero, "recovering: 35 of 100 records per second"), (throttle.State.RecordsPerSecond, throttle.State.Delay, throttle.State.Reason));
        for (var i = 0; i < 6; i++)
        {
            throttle.Observe(10, TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal((95d, "recovering: 95 of 100 records per second"), (throttle.State.RecordsPerSecond, throttle.State.Reason));
        throttle.Observe(10, TimeSpan.FromMilliseconds(10));
        Assert.Equal((100d, "steady"), (throttle.State.RecordsPerSecond, throttle.State.Reason));
    }

    [Fact]
    public async Task The_pause_is_waited_on_the_clock_and_cancellable()
    {
        var throttle = WarmedUp();
        throttle.Observe(10, TimeSpan.FromMilliseconds(100));
        using var cancel = new CancellationTokenSource();

        var wait = throttle.WaitAsync(cancel.Token);
        _clock.Advance(TimeSpan.FromMilliseconds(89));
        Assert.False(wait.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new Throttle(new ThrottleOptions { RecordsPerSecond = 0 }, _clock));
        Assert.Contains("RecordsPerSecond", e.Message, StringComparison.Ordinal);
    }

    // Three reads of 10 records in 10 ms: a baseline of 1 ms per record, nothing overdrawn (burst 100).
    private Throttle WarmedUp()
    {
        var throttle = new Throttle(new ThrottleOptions { RecordsPerSecond = 100, Burst = 100, WarmUpReads = 3, LatencyFactor = 3 }, _clock);
        for (var i = 0; i < 3; i++)
        {
            throttle.Observe(10, TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal("steady", throttle.State.Reason);
        return throttle;
    }
}
