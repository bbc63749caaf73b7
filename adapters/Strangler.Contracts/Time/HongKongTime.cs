namespace Strangler.Contracts.Time;

/// <summary>
/// Business time is Hong Kong time: UTC+08:00 with no daylight saving. Received-at is truncated to
/// whole seconds before any rule uses it.
/// </summary>
public static class HongKongTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The same instant expressed at +08:00.</summary>
    public static DateTimeOffset ToHongKong(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>Now in Hong Kong time from the injected clock.</summary>
    public static DateTimeOffset Now(TimeProvider clock) => ToHongKong(clock.GetUtcNow());

    /// <summary>The received-at of a request accepted now: Hong Kong time, truncated to whole seconds.</summary>
    public static DateTimeOffset ReceivedAt(TimeProvider clock) => TruncateToSeconds(Now(clock));

    public static DateTimeOffset TruncateToSeconds(DateTimeOffset t) =>
        new(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), t.Offset);

    public static DateTimeOffset TruncateToMinutes(DateTimeOffset t) =>
        new(t.Ticks - (t.Ticks % TimeSpan.TicksPerMinute), t.Offset);

    /// <summary>The Hong Kong calendar date of an instant.</summary>
    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(ToHongKong(instant).DateTime);

    /// <summary>A Hong Kong local date and time (as EDIFACT writes it, without zone) as an instant.</summary>
    public static DateTimeOffset FromLocal(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset);
}
