namespace Strangler.Contracts.Text;

/// <summary>
/// The closed list of goods descriptions too vague to accept, shared by GETS E015, EMAN E015,
/// ROCARS R012 and ACCS A012.
/// </summary>
public static class GoodsDescription
{
    public static IReadOnlyList<string> VagueDescriptions { get; } =
        ["FAK", "GENERAL CARGO", "SAID TO CONTAIN", "PERSONAL EFFECTS", "VARIOUS", "SAMPLES"];

    /// <summary>
    /// True when, after trimming U+0020 spaces, collapsing runs of them to one and mapping a–z to
    /// A–Z (nothing else), the description equals one of the vague descriptions.
    /// </summary>
    public static bool IsVague(ReadOnlySpan<char> description)
    {
        var trimmed = description.Trim(' ');
        const int longest = 16; // "PERSONAL EFFECTS"; a longer collapsed text cannot be vague.
        Span<char> buffer = stackalloc char[longest + 1];
        var n = 0;
        var previousSpace = false;
        foreach (var c in trimmed)
        {
            if (c == ' ' && previousSpace)
            {
                continue;
            }

            previousSpace = c == ' ';
            if (n > longest)
            {
                return false;
            }

            buffer[n++] = c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        var normalised = buffer[..n];
        foreach (var vague in VagueDescriptions)
        {
            if (normalised.SequenceEqual(vague))
            {
                return true;
            }
        }

        return false;
    }
}
