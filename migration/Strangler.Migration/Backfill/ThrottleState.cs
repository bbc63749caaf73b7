namespace Strangler.Migration.Backfill;

/// <summary>
/// The throttle as progress shows it: the rate in force (records per second), the pause before the next chunk, why, and
/// the legacy read latency per record it compares against (null until warmed up).
/// </summary>
public sealed record ThrottleState(double RecordsPerSecond, TimeSpan Delay, string Reason, TimeSpan? Baseline);
