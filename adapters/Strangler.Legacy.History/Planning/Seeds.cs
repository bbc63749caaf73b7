namespace Strangler.Legacy.History.Planning;

/// <summary>
/// Derives the seed of each random stream from the plan's seed and a name, the same on every run and
/// platform (string.GetHashCode is randomised per process, so it is not used).
/// </summary>
public static class Seeds
{
    public static int Of(int seed, string stream, long index = 0)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var h = 1469598103934665603UL ^ (ulong)(uint)seed;
        foreach (var c in stream)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        h = Mix(h ^ (ulong)index);
        return (int)(h & 0x7FFF_FFFF);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
