namespace Strangler.Contracts.CheckDigits;

/// <summary>
/// An air waybill number <c>ppp-ssssssss</c>: a 3-digit airline prefix and an 8-digit serial whose
/// last digit is the first seven taken as a number, modulo 7.
/// </summary>
public static class AirWaybillNumber
{
    /// <summary>True when the text has the shape <c>^[0-9]{3}-[0-9]{8}$</c> (check digit not looked at).</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> s) =>
        s.Length == 12 && s[3] == '-' && CodeLists.CodeFormat.AllDigits(s[..3]) && CodeLists.CodeFormat.AllDigits(s[4..]);

    /// <summary>True when well formed and the check digit is right (<c>160-12345675</c>).</summary>
    public static bool IsValid(ReadOnlySpan<char> s) => IsWellFormed(s) && HasValidCheckDigit(s[4..]);

    /// <summary>Checks an 8-digit serial (digits only).</summary>
    public static bool HasValidCheckDigit(ReadOnlySpan<char> serial)
    {
        if (serial.Length != 8 || !CodeLists.CodeFormat.AllDigits(serial))
        {
            return false;
        }

        var number = 0;
        for (var i = 0; i < 7; i++)
        {
            number = (number * 10) + (serial[i] - '0');
        }

        return number % 7 == serial[7] - '0';
    }

    /// <summary>The check digit for a 7-digit serial stem.</summary>
    public static char CheckDigit(int sevenDigitStem)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sevenDigitStem);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sevenDigitStem, 9_999_999);
        return (char)('0' + (sevenDigitStem % 7));
    }
}
