using System.Data;
using System.Globalization;
using Dapper;
using Strangler.Contracts.Time;

namespace Strangler.Migration.Legacy.Rocars;

/// <summary>
/// Legacy column values as the providers hand them over (SQLite: text, integer or real; PostgreSQL and Oracle: typed),
/// read without ever throwing: a value that cannot be read is null, and the caller quarantines the record. Rows are
/// fetched into <see cref="object"/> members so that one bad value cannot fail a whole set-based query.
/// </summary>
internal static class StoredValue
{
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    /// <summary>A Hong Kong local time without zone, as the instant at +08:00.</summary>
    public static DateTimeOffset? Time(object? value) => value switch
    {
        DateTime t => HongKongTime.FromLocal(DateTime.SpecifyKind(t, DateTimeKind.Unspecified)),
        DateTimeOffset t => HongKongTime.ToHongKong(t),
        string s when DateTime.TryParseExact(s.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) =>
            HongKongTime.FromLocal(t),
        _ => null,
    };

    public static decimal? Decimal(object? value) => value switch
    {
        decimal d => d,
        long l => l,
        int i => i,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27 => (decimal)d,
        string s when decimal.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static long? Whole(object? value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        decimal d when d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue => (long)d,
        double d when d == Math.Truncate(d) && Math.Abs(d) < 9e18 => (long)d,
        string s when long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    /// <summary>A fixed-width (CHAR) code: PostgreSQL and Oracle pad it with blanks.</summary>
    public static string? Code(string? value) => value?.TrimEnd(' ');

    /// <summary>
    /// The bounds of a selection as parameters: Hong Kong local midnights, typed as timestamps without zone (DateTime2:
    /// Npgsql's timestamp; SQLite binds the text <c>yyyy-MM-dd HH:mm:ss</c> its time columns hold, so they compare as text),
    /// and <c>@Since</c> for a catch-up selection.
    /// </summary>
    public static DynamicParameters Days(LegacySelection selection)
    {
        var parameters = new DynamicParameters();
        parameters.Add("From", selection.FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), DbType.DateTime2);
        parameters.Add("To", selection.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), DbType.DateTime2);
        Gets.LegacyWindow.AddSince(parameters, Gets.LegacyWindow.SinceOf(selection));
        return parameters;
    }
}
