using Bogus;
using Strangler.Contracts.Time;

namespace Strangler.Legacy.History.Planning;

/// <summary>Moments of the history in Hong Kong time, and the GETS service hours traffic keeps to so that nothing queues.</summary>
internal static class Schedule
{
    public static readonly TimeSpan Opening = TimeSpan.FromHours(7);
    public static readonly TimeSpan Closing = TimeSpan.FromHours(23);

    /// <summary>The earliest any document is received before its event; planning of a later day can never go further back.</summary>
    public static readonly TimeSpan MaxLead = TimeSpan.FromDays(3);

    public static DateTimeOffset At(DateOnly day, TimeSpan timeOfDay) =>
        new(day.ToDateTime(TimeOnly.MinValue) + timeOfDay, HongKongTime.Offset);

    public static DateTimeOffset Start(DateOnly day) => At(day, TimeSpan.Zero);

    /// <summary>A moment of the day between the two times of day, to the second.</summary>
    public static DateTimeOffset During(Randomizer random, DateOnly day, TimeSpan from, TimeSpan to) =>
        At(day, from + random.Between(TimeSpan.Zero, to - from));

    public static DateOnly Day(DateTimeOffset at) => HongKongTime.Date(at);

    /// <summary>
    /// When a declaration of goods imported or exported at <paramref name="eventAt"/> is received: mostly the
    /// same or next day, otherwise within the 14 days, or (late) 15 to 40 days after; always inside service hours.
    /// </summary>
    public static DateTimeOffset Declaration(Randomizer random, DateTimeOffset eventAt, bool late)
    {
        var p = random.Double();
        var days = late ? random.Number(15, 40) : p < 0.45 ? 0 : p < 0.75 ? 1 : random.Number(2, 13);
        var at = During(random, Day(eventAt).AddDays(days), Opening, Closing - TimeSpan.FromSeconds(1));
        var earliest = eventAt + TimeSpan.FromMinutes(20);
        return at >= earliest ? at : InServiceHours(earliest + random.Between(TimeSpan.Zero, TimeSpan.FromHours(1)));
    }

    /// <summary>The moment itself when GETS is open then, else the same minutes after the next opening.</summary>
    public static DateTimeOffset InServiceHours(DateTimeOffset at)
    {
        at = HongKongTime.ToHongKong(at);
        var day = Day(at);
        var time = at.TimeOfDay;
        if (time >= Opening && time < Closing)
        {
            return at;
        }

        var late = TimeSpan.FromSeconds(((long)time.TotalSeconds) % 3600);
        return time < Opening ? At(day, Opening + late) : At(day.AddDays(1), Opening + late);
    }
}
