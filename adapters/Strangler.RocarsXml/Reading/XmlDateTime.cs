using Strangler.Contracts.Time;

namespace Strangler.RocarsXml.Reading;

/// <summary>
/// Reads an <c>xs:dateTime</c> that carries an offset (<c>Z</c> or ±hh:mm, at most 14:00):
/// <c>yyyy-MM-ddTHH:mm:ss[.fff…](Z|±hh:mm)</c>. Fractional seconds are truncated and the result is
/// in Hong Kong time (+08:00). <c>24:00:00</c> is the next day's midnight, as in XML Schema.
/// </summary>
internal static class XmlDateTime
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' ||
            !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day) ||
            !TryDigits(s.Slice(11, 2), out var hour) || !TryDigits(s.Slice(14, 2), out var minute) ||
            !TryDigits(s.Slice(17, 2), out var second))
        {
            return false;
        }

        var rest = s[19..];
        var fractionIsZero = true;
        if (rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && rest[digits] is >= '0' and <= '9')
            {
                fractionIsZero &= rest[digits] == '0';
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            rest = rest[digits..];
        }

        if (!TryOffset(rest, out var offsetMinutes) || year < 1 || month is < 1 or > 12 || day < 1 ||
            day > DateTime.DaysInMonth(year, month) || minute > 59 || second > 59 ||
            (hour > 23 && !(hour == 24 && minute == 0 && second == 0 && fractionIsZero)))
        {
            return false;
        }

        var localTicks = new DateTime(year, month, day).Ticks + (hour * TimeSpan.TicksPerHour) +
                         (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond);
        var hongKongTicks = localTicks - (offsetMinutes * TimeSpan.TicksPerMinute) + HongKongTime.Offset.Ticks;
        if (hongKongTicks < DateTime.MinValue.Ticks + HongKongTime.Offset.Ticks || hongKongTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(hongKongTicks, HongKongTime.Offset);
        return true;
    }

    private static bool TryOffset(ReadOnlySpan<char> s, out int minutes)
    {
        minutes = 0;
        if (s is "Z")
        {
            return true;
        }

        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':' ||
            !TryDigits(s.Slice(1, 2), out var hh) || !TryDigits(s.Slice(4, 2), out var mm) ||
            mm > 59 || hh > 14 || (hh == 14 && mm > 0))
        {
            return false;
        }

        minutes = (s[0] == '-' ? -1 : 1) * ((hh * 60) + mm);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
