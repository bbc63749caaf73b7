namespace Strangler.CargoImp.Ffm;

/// <summary>
/// The year of an FFM's <c>DDMMM</c>: among the received-at year and the years either side where
/// that day and month exist, the date with the fewest days from the received-at date, the earlier
/// on a tie. <c>31APR</c> exists in no year.
/// </summary>
public static class FlightDate
{
    public static bool TryResolve(int day, int month, DateOnly receivedDate, out DateOnly date)
    {
        date = default;
        var best = int.MaxValue;
        for (var year = receivedDate.Year - 1; year <= receivedDate.Year + 1; year++)
        {
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            var distance = Math.Abs(candidate.DayNumber - receivedDate.DayNumber);
            if (distance < best) // years rise, so on a tie the earlier one stays
            {
                best = distance;
                date = candidate;
            }
        }

        return best != int.MaxValue;
    }
}
