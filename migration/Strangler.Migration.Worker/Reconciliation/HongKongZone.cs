namespace Strangler.Migration.Worker.Reconciliation;

/// <summary>
/// Hong Kong's time zone for cron triggers: the system's <c>Asia/Hong_Kong</c> where the machine has time-zone data,
/// else a fixed UTC+08:00 zone (the same rules: Hong Kong has kept no daylight saving since 1979).
/// </summary>
internal static class HongKongZone
{
    public static TimeZoneInfo Instance { get; } = Find();

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Hong_Kong", TimeSpan.FromHours(8), "Hong Kong", "Hong Kong Time");
        }
    }
}
