namespace Strangler.Contracts.CodeLists;

/// <summary>
/// Well-formedness of the location and package codes the contracts use. None is checked against an
/// external list (contracts/README.md, "Code formats").
/// </summary>
public static class CodeFormat
{
    /// <summary>Country: <c>^[A-Z]{2}$</c>.</summary>
    public static bool IsCountry(ReadOnlySpan<char> s) => s.Length == 2 && IsUpper(s[0]) && IsUpper(s[1]);

    /// <summary>UN/LOCODE: <c>^[A-Z]{2}[A-Z2-9]{3}$</c>.</summary>
    public static bool IsUnLocode(ReadOnlySpan<char> s)
    {
        if (s.Length != 5 || !IsCountry(s[..2]))
        {
            return false;
        }

        foreach (var c in s[2..])
        {
            if (!IsUpper(c) && c is not (>= '2' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A Hong Kong UN/LOCODE: well formed and starting <c>HK</c>.</summary>
    public static bool IsHongKongLocode(ReadOnlySpan<char> s) => IsUnLocode(s) && s.StartsWith("HK");

    /// <summary>IATA airport: <c>^[A-Z]{3}$</c>.</summary>
    public static bool IsAirport(ReadOnlySpan<char> s) => s.Length == 3 && IsUpper(s[0]) && IsUpper(s[1]) && IsUpper(s[2]);

    /// <summary>Package code (UN/ECE Recommendation 21): <c>^[A-Z0-9]{2}$</c>.</summary>
    public static bool IsPackageCode(ReadOnlySpan<char> s) =>
        s.Length == 2 && IsUpperOrDigit(s[0]) && IsUpperOrDigit(s[1]);

    /// <summary>Hong Kong Business Registration number: 8 digits.</summary>
    public static bool IsBrNumber(ReadOnlySpan<char> s) => s.Length == 8 && AllDigits(s);

    public static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsUpperOrDigit(char c) => IsUpper(c) || c is >= '0' and <= '9';
}
