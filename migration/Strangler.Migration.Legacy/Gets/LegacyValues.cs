using System.Globalization;
using Strangler.Contracts.Time;

namespace Strangler.Migration.Legacy.Gets;

/// <summary>
/// Column values as the legacy stores return them on each provider, read without Dapper's process-wide type handlers
/// (the stand-ins register their own): SQLite gives text and NUMERIC-affinity long/double, PostgreSQL DateTime, decimal
/// and blank-padded CHAR. A value that cannot be read throws <see cref="UnmappableException"/>, which quarantines the document.
/// </summary>
internal static class LegacyValues
{
    private static readonly string[] TimeFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd"];

    /// <summary>A Hong Kong wall-clock time stored without zone, as the instant at +08:00.</summary>
    public static DateTimeOffset Time(object? value, string what) => value switch
    {
        DateTime t => HongKongTime.FromLocal(t),
        DateTimeOffset t => HongKongTime.ToHongKong(t),
        string s when DateTime.TryParseExact(s.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) =>
            HongKongTime.FromLocal(t),
        _ => throw new UnmappableException($"{what} is not a time ({Show(value)})"),
    };

    public static DateTimeOffset? OptionalTime(object? value, string what) => value is null or DBNull ? null : Time(value, what);

    /// <summary>A calendar date (DATE column: midnight, or text with or without a time).</summary>
    public static DateOnly Date(object? value, string what) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s when DateTime.TryParseExact(s.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) =>
            DateOnly.FromDateTime(t),
        _ => throw new UnmappableException($"{what} is not a date ({Show(value)})"),
    };

    public static DateOnly? OptionalDate(object? value, string what) => value is null or DBNull ? null : Date(value, what);

    public static decimal Number(object? value, string what) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        short s => s,
        // SQLite REAL: 15 significant digits, as the store kept them.
        double d when double.IsFinite(d) => Convert.ToDecimal(d),
        float f when float.IsFinite(f) => Convert.ToDecimal(f),
        string s when decimal.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new UnmappableException($"{what} is not a number ({Show(value)})"),
    };

    public static decimal? OptionalNumber(object? value, string what) => value is null or DBNull ? null : Number(value, what);

    public static long Whole(object? value, string what)
    {
        var n = Number(value, what);
        return n == decimal.Truncate(n) && n >= long.MinValue && n <= long.MaxValue
            ? (long)n
            : throw new UnmappableException($"{what} is not a whole number ({Show(value)})");
    }

    /// <summary>A fixed-width code as stored (blank-padded where the database pads CHAR): trimmed; null stays null.</summary>
    public static string? Code(string? value) => value?.TrimEnd();

    public static string Required(string? value, string what) =>
        value ?? throw new UnmappableException($"{what} is missing");

    private static string Show(object? value) => value is null or DBNull ? "NULL" : $"'{value}'";
}
