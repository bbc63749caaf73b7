using System.Text;
using System.Text.Unicode;
using Strangler.Contracts.Collections;

namespace Strangler.Facade.Routing.Accs;

/// <summary>
/// Reads an ACCS request body (FWB, FHL or FFM) for routing. Never throws: an unknown line 1 gives null.
/// </summary>
public static class AccsRequestReader
{
    public static AccsRequestFacts? Read(ReadOnlySpan<byte> body)
    {
        var lines = new CargoImpLines(body);
        if (!lines.TryNext(out var first))
        {
            return null;
        }

        AccsMessageType type;
        if (first.SequenceEqual("FWB/16"u8))
        {
            type = AccsMessageType.Fwb;
        }
        else if (first.SequenceEqual("FHL/5"u8))
        {
            type = AccsMessageType.Fhl;
        }
        else if (first.SequenceEqual("FFM/8"u8))
        {
            type = AccsMessageType.Ffm;
        }
        else
        {
            return null;
        }

        var waybills = type switch
        {
            AccsMessageType.Fwb => Fwb(ref lines),
            AccsMessageType.Fhl => Fhl(ref lines),
            _ => Ffm(ref lines),
        };
        return new AccsRequestFacts(type, new EquatableList<string>(waybills));
    }

    // Line 2 is the air waybill line.
    private static List<string> Fwb(ref CargoImpLines lines) =>
        lines.TryNext(out var line) && CargoImpLines.StartsWithAirWaybill(line) ? [CargoImpLines.AirWaybill(line)] : [];

    // MBI (line 2) names the master; each HBS line a house waybill number.
    private static List<string> Fhl(ref CargoImpLines lines)
    {
        var waybills = new List<string>();
        var second = true;
        while (lines.TryNext(out var line))
        {
            if (second && line.StartsWith("MBI/"u8) && CargoImpLines.StartsWithAirWaybill(line[4..]))
            {
                waybills.Add(CargoImpLines.AirWaybill(line[4..]));
            }

            second = false;
            if (!line.StartsWith("HBS/"u8))
            {
                continue;
            }

            var house = line[4..];
            var slash = house.IndexOf((byte)'/');
            house = slash < 0 ? house : house[..slash];
            if (!house.IsEmpty && Utf8.IsValid(house))
            {
                waybills.Add(Encoding.UTF8.GetString(house));
            }
        }

        return waybills;
    }

    // Consignment lines after the flight line; an air waybill split over ULDs is named once.
    private static List<string> Ffm(ref CargoImpLines lines)
    {
        var waybills = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _ = lines.TryNext(out _);
        while (lines.TryNext(out var line))
        {
            if (CargoImpLines.StartsWithAirWaybill(line))
            {
                var awb = CargoImpLines.AirWaybill(line);
                if (seen.Add(awb))
                {
                    waybills.Add(awb);
                }
            }
        }

        return waybills;
    }
}
