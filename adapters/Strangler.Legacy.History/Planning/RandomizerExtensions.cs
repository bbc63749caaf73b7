using Bogus;

namespace Strangler.Legacy.History.Planning;

/// <summary>Draws the history needs beyond Bogus' own: an element of a read-only list, a chance, a skewed index, a span.</summary>
public static class RandomizerExtensions
{
    public static T Pick<T>(this Randomizer random, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(items);
        return items[random.Number(0, items.Count - 1)];
    }

    /// <summary>True with probability <paramref name="rate"/> (0 never, 1 always).</summary>
    public static bool Chance(this Randomizer random, double rate)
    {
        ArgumentNullException.ThrowIfNull(random);
        return rate > 0 && random.Double() < rate;
    }

    /// <summary>An index below <paramref name="count"/> where small indexes come up far more often (a few big traders do most trade).</summary>
    public static int Skewed(this Randomizer random, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = random.Double();
        return Math.Min(count - 1, (int)(count * u * u));
    }

    /// <summary>A whole number of seconds between the two spans.</summary>
    public static TimeSpan Between(this Randomizer random, TimeSpan min, TimeSpan max)
    {
        ArgumentNullException.ThrowIfNull(random);
        var seconds = (long)min.TotalSeconds + (long)(random.Double() * (max.TotalSeconds - min.TotalSeconds));
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>A decimal rounded to <paramref name="decimals"/> between the bounds.</summary>
    public static decimal Amount(this Randomizer random, decimal min, decimal max, int decimals)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Math.Round(min + ((decimal)random.Double() * (max - min)), decimals, MidpointRounding.AwayFromZero);
    }
}
