using Strangler.CargoImp.Lines;
using Strangler.CargoImp.Waybills;

namespace Strangler.CargoImp.Answers;

/// <summary>
/// A <c>CSN/1</c>: the air waybill line last received (without <c>/goods</c>), then
/// <c>CSN/&lt;action code&gt;/&lt;DDMMMHHMM set&gt;/&lt;carrier+flight&gt;/&lt;DDMMM&gt;</c>.
/// </summary>
public sealed record CustomsStatusNotification(string WaybillLine, ActionCode Code, string SetAt, string Flight, string FlightDayMonth)
{
    /// <param name="setAt">When the code was set; written in Hong Kong time.</param>
    /// <param name="flight">The latest FFM's flight, or the FWB's: carrier and number (<c>CX251</c>).</param>
    /// <param name="flightDayMonth">That flight's <c>DDMMM</c>.</param>
    public static CustomsStatusNotification Create(
        AirWaybillLine waybill, ActionCode code, DateTimeOffset setAt, string flight, string flightDayMonth)
    {
        ArgumentNullException.ThrowIfNull(waybill);
        if (!CargoImpFlights.TrySplitDesignator(flight, out _, out _))
        {
            throw new ArgumentException($"Not a flight: {flight}", nameof(flight));
        }

        if (!CargoImpDates.IsDayMonth(flightDayMonth))
        {
            throw new ArgumentException($"Not DDMMM: {flightDayMonth}", nameof(flightDayMonth));
        }

        return new(waybill.TextWithoutGoods, code, CargoImpDates.DayMonthTime(setAt), flight, flightDayMonth);
    }

    public byte[] ToBytes() => Write(new LineWriter()).ToBytes();

    internal LineWriter Write(LineWriter w) =>
        w.Line("CSN/1").Line(WaybillLine).Line($"CSN/{Code.Code()}/{SetAt}/{Flight}/{FlightDayMonth}");

    public static bool TryRead(ReadOnlySpan<byte> body, out CustomsStatusNotification? notification)
    {
        notification = null;
        return AnswerLines.TrySplit(body, out var lines) && lines.Count == 3 && TryRead(lines, 0, out notification);
    }

    internal static bool TryRead(List<string> lines, int at, out CustomsStatusNotification? notification)
    {
        notification = null;
        if (lines.Count < at + 3 || lines[at] != "CSN/1" || !AirWaybillLine.TryParse(lines[at + 1], out var waybill) || waybill!.Goods is not null)
        {
            return false;
        }

        var p = lines[at + 2].Split('/');
        if (p.Length != 5 || p[0] != "CSN" || !ActionCodes.TryParse(p[1], out var code) ||
            p[2].Length != 9 || !CargoImpDates.IsDayMonth(p[2].AsSpan(0, 5)) || !IsTime(p[2].AsSpan(5)) ||
            !CargoImpFlights.TrySplitDesignator(p[3], out _, out _) || !CargoImpDates.IsDayMonth(p[4]))
        {
            return false;
        }

        notification = new(lines[at + 1], code, p[2], p[3], p[4]);
        return true;
    }

    private static bool IsTime(ReadOnlySpan<char> hhmm) =>
        CargoImpCharacters.IsDigits(hhmm, 4, 4) && (((hhmm[0] - '0') * 10) + hhmm[1] - '0') < 24 && hhmm[2] < '6';
}
