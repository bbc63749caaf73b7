namespace Strangler.CargoImp.Ffm;

/// <summary>A flight as ACCS identifies it: carrier, number, date of departure and departure airport.</summary>
public sealed record FlightIdentity(string Carrier, string Number, DateOnly Date, string DepartureAirport)
{
    /// <summary>Carrier and number as written: <c>CX251</c>.</summary>
    public string Designator => Carrier + Number;

    /// <summary>The departure date as <c>DDMMM</c>.</summary>
    public string DayMonth => CargoImpDates.DayMonth(Date);
}
