using Strangler.Legacy.History.Planning;

namespace Strangler.Legacy.History.Identifiers;

/// <summary>The run tag of a seed: four base-36 characters put into every reference a client chooses (interchange refs, MessageIds, LRNs).</summary>
public static class RunTags
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static string Of(int seed)
    {
        var value = Seeds.Of(seed, "run-tag") % (36 * 36 * 36 * 36);
        Span<char> tag = stackalloc char[4];
        for (var i = 3; i >= 0; i--)
        {
            tag[i] = Alphabet[value % 36];
            value /= 36;
        }

        // A letter first, so a tag never reads as a number.
        tag[0] = Alphabet[10 + (Alphabet.IndexOf(tag[0], StringComparison.Ordinal) % 26)];
        return new string(tag);
    }
}
