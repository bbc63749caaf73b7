using System.Text;
using Strangler.CargoImp;
using Strangler.CargoImp.Ffm;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;

namespace Strangler.Legacy.Accs.Messages;

/// <summary>
/// Line 2 of an FFM read on its own: the part number and flight, so a part already received (A004 at
/// line 2) is answered before the faults the codec found on later lines. Mirrors the codec's reading
/// of the line; where it is malformed the codec's own A004 answers anyway.
/// </summary>
internal static class FfmFlightLine
{
    public static bool TryRead(ReadOnlySpan<byte> body, DateTimeOffset receivedAt, out int partNumber, out FlightIdentity? flight)
    {
        partNumber = 0;
        flight = null;
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var first = body.IndexOf((byte)'\n');
        if (first < 0)
        {
            return false;
        }

        var rest = body[(first + 1)..];
        var end = rest.IndexOf((byte)'\n');
        var line = Encoding.ASCII.GetString(end < 0 ? rest : rest[..end]).TrimEnd('\r').TrimEnd(' ');
        var p = line.Split('/');
        if (p.Length != 5 || p[0].Length is < 1 or > 2 || p[0][0] is < '1' or > '9' || !p[0].All(char.IsAsciiDigit) ||
            !CargoImpFlights.TrySplitDesignator(p[1], out var carrier, out var number) ||
            !CargoImpDates.IsDayMonth(p[2]) || !CodeFormat.IsAirport(p[3]) ||
            !FlightDate.TryResolve(int.Parse(p[2].AsSpan(0, 2)), CargoImpDates.MonthNumber(p[2].AsSpan(2)), HongKongTime.Date(receivedAt), out var date))
        {
            return false;
        }

        partNumber = int.Parse(p[0]);
        flight = new FlightIdentity(carrier, number, date, p[3]);
        return true;
    }
}
