using System.Globalization;

namespace Strangler.Legacy.Gets.Store;

/// <summary>
/// Calendar dates as the store keeps them (DATE columns at midnight). Instants are passed to Dapper as
/// <see cref="DateTimeOffset"/>: the platform's handler stores them as Hong Kong local time without zone.
/// </summary>
internal static class StoreTime
{
    /// <summary>A <c>CCYYMMDD</c> value as a DATE column (null when absent or not a date).</summary>
    public static DateTime? DateColumn(string? ccyymmdd) =>
        ccyymmdd is { Length: 8 } &&
        DateTime.TryParseExact(ccyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Unspecified)
            : null;
}
