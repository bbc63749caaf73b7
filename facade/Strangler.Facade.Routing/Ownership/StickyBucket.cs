using System.Text;

namespace Strangler.Facade.Routing.Ownership;

/// <summary>
/// A stable bucket 0..99 for a canary key: FNV-1a (32-bit) over the key's UTF-8 bytes, modulo 100. The same key
/// gives the same bucket in every process and run (string.GetHashCode is randomised per process).
/// </summary>
public static class StickyBucket
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static int Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = OffsetBasis;
        Span<byte> utf8 = stackalloc byte[4];
        // Rune by rune, so no buffer for the whole key; a lone surrogate hashes as U+FFFD, as UTF-8 encoding writes it.
        foreach (var rune in key.EnumerateRunes())
        {
            var n = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < n; i++)
            {
                hash = unchecked((hash ^ utf8[i]) * Prime);
            }
        }

        return (int)(hash % 100);
    }
}
