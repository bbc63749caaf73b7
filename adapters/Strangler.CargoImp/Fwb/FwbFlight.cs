using System.Globalization;

namespace Strangler.CargoImp.Fwb;

/// <summary>The booked flight of an FWB: <c>FLT/CX251/15</c> (carrier, number, day of the month).</summary>
public sealed record FwbFlight(string Carrier, string Number, int Day)
{
    /// <summary>Carrier and number as a CSN writes them: <c>CX251</c>.</summary>
    public string Designator => Carrier + Number;

    /// <summary>
    /// <c>DDMMM</c> of this day in the month the FWB was received, as a CSN names the FWB's flight
    /// when no FFM lists the air waybill (the text is written even where the month has no such day).
    /// </summary>
    public string DayMonthIn(DateOnly receivedDate) =>
        Day.ToString("D2", CultureInfo.InvariantCulture) + CargoImpDates.MonthName(receivedDate.Month);
}
