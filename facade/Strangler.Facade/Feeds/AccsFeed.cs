using System.Globalization;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Time;

namespace Strangler.Facade.Feeds;

/// <summary>
/// The ACCS status feed (accs.md "Customs status notification"): CSNs each followed by <c>CUR/&lt;cursor&gt;</c> and
/// an empty line, an empty body when there is none. Entries are kept as the CSN's own bytes.
/// </summary>
internal static class AccsFeed
{
    public static FeedPage? Read(ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (body.IsEmpty)
        {
            return FeedPage.Of([]);
        }

        if (!StatusFeed.TryRead(body, out var read))
        {
            return null;
        }

        return FeedPage.Of(read.Select(e => new FeedEntry(
            e.Cursor,
            AirWaybillLine.TryParse(e.Notification.WaybillLine, out var line) ? line!.Number : null,
            SetAt(e.Notification.SetAt, now),
            e.Notification.ToBytes())).ToList());
    }

    public static byte[] Write(IReadOnlyList<ServedEntry> entries) =>
        StatusFeed.Write(entries.Select(e => CustomsStatusNotification.TryRead(e.Body, out var csn)
            ? new StatusFeedEntry(csn!, e.Cursor)
            : throw new InvalidOperationException("A stored CSN no longer reads; the ledger only keeps CSNs it read.")));

    /// <summary>
    /// <c>DDMMMHHMM</c> carries no year: the one that puts it nearest to now (Hong Kong time) is taken. Only the
    /// merge order uses it.
    /// </summary>
    internal static DateTimeOffset? SetAt(string dayMonthTime, DateTimeOffset now)
    {
        if (dayMonthTime.Length != 9 || !CargoImpDates.IsDayMonth(dayMonthTime.AsSpan(0, 5)) ||
            !int.TryParse(dayMonthTime.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            !int.TryParse(dayMonthTime.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour) ||
            !int.TryParse(dayMonthTime.AsSpan(7, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minute) ||
            hour > 23 || minute > 59)
        {
            return null;
        }

        var month = CargoImpDates.MonthNumber(dayMonthTime.AsSpan(2, 3));
        var local = HongKongTime.ToHongKong(now);
        DateTimeOffset? best = null;
        for (var year = local.Year - 1; year <= local.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateTimeOffset(year, month, day, hour, minute, 0, HongKongTime.Offset);
            if (best is null || (candidate - local).Duration() < (best.Value - local).Duration())
            {
                best = candidate;
            }
        }

        return best;
    }
}
