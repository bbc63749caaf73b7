using System.Globalization;
using Strangler.Contracts.Numbers;
using Strangler.Contracts.Time;

namespace Strangler.Core.Model.Mapping;

/// <summary>
/// Reads the codecs' raw texts into typed values without ever throwing: a text the codec would
/// have rejected becomes null (or the fallback), so the mapping stays total.
/// </summary>
internal static class RawValues
{
    // Wide enough for every contract's decimals (weights 3, volumes 3, amounts 2).
    private const int MaxDecimals = 6;

    public static decimal? Decimal(string? raw, char decimalMark) =>
        raw is not null && ContractNumber.TryParse(raw.AsSpan().Trim(), decimalMark, MaxDecimals, out var value) ? value : null;

    public static long? Whole(string? raw) =>
        raw is not null && ContractNumber.TryParse(raw.AsSpan().Trim(), '.', 0, out var value) && value <= long.MaxValue
            ? (long)value
            : null;

    /// <summary>A sequence number, or the item's position (1-based) when the text is not one.</summary>
    public static int Sequence(string? raw, int position) =>
        Whole(raw) is { } n && n <= int.MaxValue ? (int)n : position;

    /// <summary><c>CCYYMMDD</c>.</summary>
    public static DateOnly? Date(string? raw) =>
        DateOnly.TryParseExact(raw, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary><c>CCYYMMDDHHMM</c> in Hong Kong time.</summary>
    public static DateTimeOffset? HongKongDateTime(string? raw) =>
        DateTime.TryParseExact(raw, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? HongKongTime.FromLocal(t)
            : null;

    public static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
