using System.Numerics;

namespace Strangler.Parity.Data.Sources;

/// <summary>
/// The row hash computed in .NET: 64-bit FNV-1a over the UTF-16 code units of key, a unit separator and the canonical
/// text, finished with the SplitMix64 mixer so that sums of hashes spread over all 64 bits.
/// </summary>
public static class ParityHash
{
    public const string Scheme = "fnv1a64-utf16+splitmix64 of key US canonical, summed mod 2^64";

    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Row(string key, string? canonical)
    {
        var hash = Add(OffsetBasis, key);
        // A null canonical form hashes differently from an empty one.
        hash = Step(hash, canonical is null ? '\u001e' : '\u001f');
        hash = Add(hash, canonical ?? "");
        return Mix(hash);
    }

    /// <summary>Reduces an exact sum of signed 64-bit values (as PostgreSQL's numeric <c>sum</c> gives it) mod 2^64.</summary>
    public static ulong Wrap(BigInteger sum)
    {
        var modulus = BigInteger.One << 64;
        var wrapped = BigInteger.Remainder(sum, modulus);
        return (ulong)(wrapped.Sign < 0 ? wrapped + modulus : wrapped);
    }

    private static ulong Add(ulong hash, string text)
    {
        foreach (var unit in text)
        {
            hash = Step(hash, unit);
        }

        return hash;
    }

    private static ulong Step(ulong hash, char unit) => (hash ^ unit) * Prime;

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
