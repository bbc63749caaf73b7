using System.Globalization;

namespace Strangler.Migration.Backfill;

/// <summary>
/// Keeps the backfill's legacy reads within a rate and backs off when the legacy store slows down, so the legacy
/// systems keep serving their users. A token bucket (records per second, with a burst) that reads may overdraw: the
/// next chunk waits until the debt is paid. AIMD on the legacy read latency per record against its running baseline:
/// a read slower than <see cref="ThrottleOptions.LatencyFactor"/> times the baseline halves the rate and pauses the next
/// chunk (at least the extra time the read took, doubling while reads stay slow); each normal read gives back a tenth
/// of the configured rate and lifts the pause. Driven by a <see cref="TimeProvider"/>; thread-safe.
/// </summary>
/// <remarks>
/// Our own bucket rather than <c>System.Threading.RateLimiting.TokenBucketRateLimiter</c>: that one replenishes on its
/// own timer, not a <see cref="TimeProvider"/>, and cannot be overdrawn by a read whose size is known only afterwards.
/// </remarks>
public sealed class Throttle
{
    private const double RecoveryFraction = 0.1;

    private readonly Lock _lock = new();
    private readonly ThrottleOptions _options;
    private readonly TimeProvider _clock;
    private double _rate;
    private double _tokens;
    private long _refilledAt;
    private TimeSpan _delay;
    private string _reason = "warming up: no legacy read measured yet";
    private double? _baselineTicks;
    private int _reads;

    public Throttle(ThrottleOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options;
        _clock = clock;
        _rate = options.RecordsPerSecond;
        _tokens = options.Burst;
        _refilledAt = clock.GetTimestamp();
    }

    public ThrottleState State
    {
        get
        {
            lock (_lock)
            {
                return new ThrottleState(_rate, _delay, _reason, _baselineTicks is { } b ? TimeSpan.FromTicks((long)b) : null);
            }
        }
    }

    /// <summary>The wait before the next legacy read: the back-off pause plus the time to pay back overdrawn tokens.</summary>
    public TimeSpan NextWait
    {
        get
        {
            lock (_lock)
            {
                Refill();
                return _delay + (_tokens < 0 ? TimeSpan.FromSeconds(-_tokens / _rate) : TimeSpan.Zero);
            }
        }
    }

    /// <summary>Waits <see cref="NextWait"/> on the clock.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken = default)
    {
        var wait = NextWait;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _clock, cancellationToken);
        }
    }

    /// <summary>Takes <paramref name="records"/> tokens for a read that returned them in <paramref name="legacyRead"/>, and adjusts the rate.</summary>
    public void Observe(int records, TimeSpan legacyRead)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        lock (_lock)
        {
            Refill();
            _tokens -= records;
            var perRecord = (double)legacyRead.Ticks / Math.Max(1, records);
            if (++_reads <= _options.WarmUpReads || _baselineTicks is null)
            {
                _baselineTicks = Average(perRecord);
                _reason = _reads < _options.WarmUpReads ? "warming up: measuring the legacy read latency" : "steady";
                return;
            }

            var baseline = _baselineTicks.Value;
            var ratio = perRecord / Math.Max(1, baseline);
            if (ratio > _options.LatencyFactor)
            {
                _rate = Math.Max(_options.RecordsPerSecond * _options.MinimumRateFraction, _rate / 2);
                var extra = TimeSpan.FromTicks((long)Math.Max(0, legacyRead.Ticks - (baseline * Math.Max(1, records))));
                _delay = Min(_options.MaximumDelay, Max(extra, _delay * 2));
                _reason = string.Create(CultureInfo.InvariantCulture,
                    $"backing off: legacy read {Milliseconds(perRecord)} ms per record is {ratio:0.0}x its baseline {Milliseconds(baseline)} ms");
                return;
            }

            _baselineTicks = Average(perRecord);
            _delay = TimeSpan.Zero;
            _rate = Math.Min(_options.RecordsPerSecond, _rate + (_options.RecordsPerSecond * RecoveryFraction));
            _reason = _rate < _options.RecordsPerSecond
                ? string.Create(CultureInfo.InvariantCulture, $"recovering: {_rate:0.###} of {_options.RecordsPerSecond:0.###} records per second")
                : "steady";
        }
    }

    private double Average(double perRecord) =>
        _baselineTicks is { } b ? b + (_options.BaselineWeight * (perRecord - b)) : perRecord;

    private void Refill()
    {
        var now = _clock.GetTimestamp();
        var elapsed = _clock.GetElapsedTime(_refilledAt, now);
        _refilledAt = now;
        _tokens = Math.Min(_options.Burst, _tokens + (elapsed.TotalSeconds * _rate));
    }

    private static string Milliseconds(double ticks) => (ticks / TimeSpan.TicksPerMillisecond).ToString("0.###", CultureInfo.InvariantCulture);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
