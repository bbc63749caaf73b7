using Strangler.Contracts.Time;

namespace Strangler.Legacy.Gets.Hours;

/// <summary>The legacy GETS processing window within each Hong Kong day: <c>[Start, End)</c>.</summary>
public sealed record ServiceHours(TimeSpan Start, TimeSpan End)
{
    public static ServiceHours Legacy { get; } = new(TimeSpan.FromHours(7), TimeSpan.FromHours(23));

    public bool IsOpen(DateTimeOffset at)
    {
        var time = HongKongTime.ToHongKong(at).TimeOfDay;
        return time >= Start && time < End;
    }

    /// <summary>The first opening at or after <paramref name="at"/> (Hong Kong time): when a queued message becomes due.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset at)
    {
        var local = HongKongTime.ToHongKong(at);
        var today = new DateTimeOffset(local.Date + Start, HongKongTime.Offset);
        if (IsOpen(local))
        {
            return local;
        }

        return local < today ? today : today.AddDays(1);
    }
}
