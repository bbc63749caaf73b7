using System.Globalization;
using Strangler.Contracts.Numbers;
using Strangler.Contracts.Time;

namespace Strangler.Edifact.Cuscar;

/// <summary>How the EMAN rules read the numbers and dates they judge.</summary>
internal static class ManifestNumbers
{
    /// <summary>Packages and counts: a positive integer (no decimals).</summary>
    public static bool TryPositiveInteger(string? raw, char decimalMark, out decimal value)
    {
        value = 0m;
        return raw is not null && ContractNumber.TryParsePositive(raw, decimalMark, 0, out value);
    }

    /// <summary>Gross kilograms: a positive number with at most three decimals.</summary>
    public static bool TryWeight(string? raw, char decimalMark, out decimal value)
    {
        value = 0m;
        return raw is not null && ContractNumber.TryParsePositive(raw, decimalMark, 3, out value);
    }

    /// <summary>A sequence or item number: digits, compared numerically (<c>01</c> equals <c>1</c>).</summary>
    public static bool IsSequence(string raw, int expected) =>
        ContractNumber.TryParse(raw, '.', 0, out var value) && value == expected;

    /// <summary>A <c>CCYYMMDDHHMM</c> value (format 203) as a Hong Kong instant.</summary>
    public static bool TryDateTime(string? raw, out DateTimeOffset at)
    {
        at = default;
        if (raw is null || raw.Length != 12 ||
            !DateTime.TryParseExact(raw, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        at = HongKongTime.FromLocal(local);
        return true;
    }
}
