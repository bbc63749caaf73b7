namespace Strangler.Contracts.References;

/// <summary>
/// Which system issued a reference number: the first digit of its sequence part is 0–4 for the
/// legacy system and 5–9 for the new core, so numbers from the two never collide.
/// </summary>
public enum IssuerBlock
{
    Legacy,
    NewCore,
}

public static class IssuerBlocks
{
    public static IssuerBlock FromDigit(char firstSequenceDigit) => firstSequenceDigit switch
    {
        >= '0' and <= '4' => IssuerBlock.Legacy,
        >= '5' and <= '9' => IssuerBlock.NewCore,
        _ => throw new ArgumentOutOfRangeException(nameof(firstSequenceDigit), firstSequenceDigit, "Not a digit."),
    };

    /// <summary>
    /// The first sequence value of a block for a sequence of <paramref name="width"/> digits:
    /// legacy starts at 0, the new core at 5 followed by zeros.
    /// </summary>
    public static long FirstSequence(this IssuerBlock block, int width) =>
        block == IssuerBlock.Legacy ? 0 : 5 * Pow10(width - 1);

    /// <summary>The last sequence value of a block for a sequence of <paramref name="width"/> digits.</summary>
    public static long LastSequence(this IssuerBlock block, int width) =>
        block == IssuerBlock.Legacy ? (5 * Pow10(width - 1)) - 1 : Pow10(width) - 1;

    private static long Pow10(int n)
    {
        var v = 1L;
        for (var i = 0; i < n; i++)
        {
            v *= 10;
        }

        return v;
    }
}
