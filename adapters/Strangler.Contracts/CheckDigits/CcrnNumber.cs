namespace Strangler.Contracts.CheckDigits;

/// <summary>
/// A Customs Cargo Reference Number: <c>C</c> + <c>YYMMDD</c> + 8-digit sequence + 1 check digit.
/// The check digit is the sum of the 14 digits weighted 1, 2, 1, 2 … from the left (products not
/// reduced to digits), modulo 10, with no complement: <c>C260115000000019</c>.
/// </summary>
public static class CcrnNumber
{
    public const int Length = 16;

    public static bool IsWellFormed(ReadOnlySpan<char> s) =>
        s.Length == Length && s[0] == 'C' && CodeLists.CodeFormat.AllDigits(s[1..]);

    public static bool IsValid(ReadOnlySpan<char> s) => IsWellFormed(s) && CheckDigit(s[1..15]) == s[15];

    /// <summary>The check digit of the 14 digits between the <c>C</c> and the check digit.</summary>
    public static char CheckDigit(ReadOnlySpan<char> fourteenDigits)
    {
        if (fourteenDigits.Length != 14 || !CodeLists.CodeFormat.AllDigits(fourteenDigits))
        {
            throw new ArgumentException("Fourteen digits are needed.", nameof(fourteenDigits));
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            sum += (fourteenDigits[i] - '0') * (i % 2 == 0 ? 1 : 2);
        }

        return (char)('0' + (sum % 10));
    }

    /// <summary>Builds a CCRN from its received-at date (<c>YYMMDD</c>) and its 8-digit sequence.</summary>
    public static string Create(DateOnly receivedAtDate, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 99_999_999L);
        var digits = string.Create(null, stackalloc char[14], $"{receivedAtDate:yyMMdd}{sequence:D8}");
        return "C" + digits + CheckDigit(digits);
    }
}
