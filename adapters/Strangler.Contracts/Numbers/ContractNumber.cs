using System.Globalization;

namespace Strangler.Contracts.Numbers;

/// <summary>
/// Numbers as the contracts read and write them: input matches <c>^[0-9]+(D[0-9]+)?$</c> with D the
/// decimal mark (no sign, exponent, grouping or leading/trailing mark); amounts are written with
/// exactly 2 decimals and weights/volumes with exactly 3, always with <c>.</c>.
/// </summary>
public static class ContractNumber
{
    /// <summary>
    /// Reads a number with at most <paramref name="maxDecimals"/> decimals. Returns false for a
    /// malformed number, too many decimals, or a value beyond what a decimal holds.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, char decimalMark, int maxDecimals, out decimal value)
    {
        value = 0m;
        if (s.IsEmpty)
        {
            return false;
        }

        var mark = s.IndexOf(decimalMark);
        var whole = mark < 0 ? s : s[..mark];
        var fraction = mark < 0 ? [] : s[(mark + 1)..];
        if (!Numbers.IsDigits(whole) || (mark >= 0 && !Numbers.IsDigits(fraction)) || fraction.Length > maxDecimals)
        {
            return false;
        }

        // Strip leading zeros so that long zero-padded inputs still fit a decimal.
        whole = whole.TrimStart('0');
        if (whole.Length > 20)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[whole.Length + fraction.Length + 2];
        var n = 0;
        if (whole.IsEmpty)
        {
            buffer[n++] = '0';
        }
        else
        {
            whole.CopyTo(buffer);
            n += whole.Length;
        }

        if (!fraction.IsEmpty)
        {
            buffer[n++] = '.';
            fraction.CopyTo(buffer[n..]);
            n += fraction.Length;
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a positive number (zero is not positive) within its decimals.</summary>
    public static bool TryParsePositive(ReadOnlySpan<char> s, char decimalMark, int maxDecimals, out decimal value) =>
        TryParse(s, decimalMark, maxDecimals, out value) && value > 0m;

    /// <summary>Money: exactly two decimals with <c>.</c> (<c>7.00</c>).</summary>
    public static string FormatAmount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Weights and volumes: exactly three decimals with <c>.</c> (<c>1500.500</c>).</summary>
    public static string FormatWeight(decimal weight) => weight.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Rounds half away from zero to the given number of decimals ("round half up" in the contracts).</summary>
    public static decimal RoundHalfUp(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}

file static class Numbers
{
    public static bool IsDigits(ReadOnlySpan<char> s) => CodeLists.CodeFormat.AllDigits(s);
}
