using Strangler.CargoImp.Lines;

namespace Strangler.CargoImp.Ffm;

/// <summary>Writes an <see cref="FfmMessage"/> in its canonical form, CRLF after each line.</summary>
internal static class FfmWriter
{
    public static void Write(FfmMessage m, LineWriter w)
    {
        w.Line(CargoImpMessageType.Ffm.Identifier());
        w.Line($"{m.PartNumber}/{m.Flight.Designator}/{m.Flight.DayMonth}/{m.Flight.DepartureAirport}/{m.Registration}");
        foreach (var point in m.UnloadingPoints)
        {
            w.Line(point.Airport);
            foreach (var line in point.Bulk)
            {
                w.Line(line.Text);
            }

            foreach (var device in point.Devices)
            {
                w.Line("ULD/" + device.Id);
                foreach (var line in device.Waybills)
                {
                    w.Line(line.Text);
                }
            }
        }

        w.Line(m.IsLastPart ? "LAST" : "CONT");
    }
}
