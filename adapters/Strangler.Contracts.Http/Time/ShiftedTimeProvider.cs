namespace Strangler.Contracts.Http.Time;

/// <summary>
/// A clock running at the pace of another, shifted by a fixed offset, so a demo or an HTTP test can stand at
/// any hour of the day (service hours, lodgement windows). Timers and timestamps are the inner clock's.
/// </summary>
public sealed class ShiftedTimeProvider(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    public TimeProvider Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public TimeSpan Offset { get; } = offset;

    public override DateTimeOffset GetUtcNow() => Inner.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => Inner.LocalTimeZone;

    public override long TimestampFrequency => Inner.TimestampFrequency;

    public override long GetTimestamp() => Inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Inner.CreateTimer(callback, state, dueTime, period);
}
