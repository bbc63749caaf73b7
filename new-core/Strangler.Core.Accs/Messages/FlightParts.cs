using System.Globalization;
using System.Text;
using Strangler.CargoImp;
using Strangler.CargoImp.Ffm;
using Strangler.Contracts.Checking;

namespace Strangler.Core.Accs.Messages;

/// <summary>FFM parts: the flight key and the line-2 "part number already received" check that needs the store.</summary>
internal static class FlightParts
{
    // A well-formed body around line 2, so the codec judges line 2 alone (the part check yields to faults in line 2 itself).
    private const string Filler = "\r\nHKG\r\n160-12345675HKGLHR/T1K1\r\nLAST\r\n";

    public static string KeyOf(FlightIdentity flight) =>
        string.Create(CultureInfo.InvariantCulture, $"{flight.Designator}/{flight.Date:yyyy-MM-dd}/{flight.DepartureAirport}");

    /// <summary>The part and flight named by line 2 of an FFM body whose line 2 is well formed, else null.</summary>
    public static (int Part, FlightIdentity Flight)? LineTwo(ReadOnlySpan<byte> body, DateTimeOffset receivedAt)
    {
        var text = Encoding.ASCII.GetString(body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body);
        var lines = text.Split('\n');
        if (lines.Length < 2)
        {
            return null;
        }

        var line2 = lines[1].TrimEnd('\r').TrimEnd(' ');
        var probe = Encoding.ASCII.GetBytes("FFM/8\r\n" + line2 + Filler);
        return CargoImpDecoder.Decode(probe, new CheckContext(receivedAt, null, RuleProfile.NewCore)).Message is FfmMessage ffm
            ? (ffm.PartNumber, ffm.Flight)
            : null;
    }
}
