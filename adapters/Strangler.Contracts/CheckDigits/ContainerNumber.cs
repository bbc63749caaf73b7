namespace Strangler.Contracts.CheckDigits;

/// <summary>
/// An ISO 6346 container number <c>^[A-Z]{3}[UJZ][0-9]{7}$</c> whose last digit is the check digit:
/// letters valued A=10, B=12 … skipping multiples of 11, position i weighted 2^i, the sum modulo 11,
/// and 10 read as 0.
/// </summary>
public static class ContainerNumber
{
    public static bool IsWellFormed(ReadOnlySpan<char> s)
    {
        if (s.Length != 11)
        {
            return false;
        }

        for (var i = 0; i < 3; i++)
        {
            if (s[i] is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return s[3] is 'U' or 'J' or 'Z' && CodeLists.CodeFormat.AllDigits(s[4..]);
    }

    public static bool IsValid(ReadOnlySpan<char> s) => IsWellFormed(s) && CheckDigit(s[..10]) == s[10];

    /// <summary>The check digit of the first ten characters (owner code, category, serial).</summary>
    public static char CheckDigit(ReadOnlySpan<char> firstTen)
    {
        if (firstTen.Length != 10)
        {
            throw new ArgumentException("Ten characters are needed.", nameof(firstTen));
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += Value(firstTen[i]) << i;
        }

        return (char)('0' + (sum % 11 % 10));
    }

    // A=10, B=12 … Z=38: one more per letter, skipping the multiples of 11.
    private static readonly int[] LetterValues = BuildLetterValues();

    private static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => LetterValues[c - 'A'],
        _ => throw new ArgumentException($"'{c}' has no ISO 6346 value.", nameof(c)),
    };

    private static int[] BuildLetterValues()
    {
        var values = new int[26];
        var v = 10;
        for (var i = 0; i < 26; i++)
        {
            if (v % 11 == 0)
            {
                v++;
            }

            values[i] = v++;
        }

        return values;
    }
}
