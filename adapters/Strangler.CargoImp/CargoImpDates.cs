using System.Globalization;
using Strangler.Contracts.Time;

namespace Strangler.CargoImp;

/// <summary>Dates as Cargo-IMP writes them: <c>DDMMM</c> (<c>15JAN</c>) and <c>DDMMMHHMM</c>, English upper-case months.</summary>
public static class CargoImpDates
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public static string MonthName(int month) => Months[month - 1];

    /// <summary>1–12 for <c>JAN</c>…<c>DEC</c>, 0 otherwise.</summary>
    public static int MonthNumber(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (name.SequenceEqual(Months[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static string DayMonth(DateOnly date) => date.Day.ToString("D2", CultureInfo.InvariantCulture) + MonthName(date.Month);

    /// <summary><c>DDMMMHHMM</c> of an instant, in Hong Kong time.</summary>
    public static string DayMonthTime(DateTimeOffset instant)
    {
        var local = HongKongTime.ToHongKong(instant);
        return DayMonth(DateOnly.FromDateTime(local.DateTime)) + local.ToString("HHmm", CultureInfo.InvariantCulture);
    }

    /// <summary><c>^[0-9]{2}[A-Z]{3}$</c> with a real month name and a day 01–31 (whether the month has it is not looked at).</summary>
    public static bool IsDayMonth(ReadOnlySpan<char> s) =>
        s.Length == 5 && TryDay(s[..2], out _) && MonthNumber(s[2..]) > 0;

    internal static bool TryDay(ReadOnlySpan<char> s, out int day)
    {
        day = 0;
        if (s.Length != 2 || !Lines.CargoImpCharacters.IsDigits(s, 2, 2))
        {
            return false;
        }

        day = ((s[0] - '0') * 10) + (s[1] - '0');
        return day is >= 1 and <= 31;
    }
}
