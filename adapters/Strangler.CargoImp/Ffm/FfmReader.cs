using Strangler.CargoImp.Lines;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CodeLists;

namespace Strangler.CargoImp.Ffm;

/// <summary>
/// Reads the lines of an <c>FFM/8</c> (line 1 already checked): the flight line, point-of-unloading
/// blocks (airport, bulk air waybill lines, ULDs with theirs), and <c>LAST</c> or <c>CONT</c> as the
/// last line. Any other line is A004.
/// </summary>
internal static class FfmReader
{
    public static ContractError? Read(List<string> lines, CheckContext context, out FfmMessage? message)
    {
        message = null;
        if (lines.Count < 2)
        {
            return AccsErrors.Create(AccsErrors.MandatoryMissing, "flight line missing");
        }

        if (!TryFlightLine(lines[1], context, out var part, out var flight, out var registration))
        {
            return AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, 2, "malformed flight line");
        }

        var points = new List<PointDraft>();
        bool? last = null;
        for (var i = 2; i < lines.Count; i++)
        {
            var text = lines[i];
            var lineNumber = i + 1;
            var point = points.Count > 0 ? points[^1] : null;
            if (last is not null || text.Length == 0)
            {
                return AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, lineNumber, last is null ? "empty line" : "line after LAST or CONT");
            }

            if (text is "LAST" or "CONT")
            {
                last = text == "LAST";
            }
            else if (CodeFormat.IsAirport(text))
            {
                points.Add(new PointDraft(text));
            }
            else if (point is not null && text.StartsWith("ULD/", StringComparison.Ordinal) && UnitLoadDevice.IsId(text.AsSpan(4)))
            {
                point.Devices.Add((text[4..], []));
            }
            else if (point is not null && text[0] is >= '0' and <= '9')
            {
                var error = WaybillLineCheck.Check(text, lineNumber, context, inManifest: true, out var waybill);
                if (error is not null)
                {
                    return error;
                }

                (point.Devices.Count == 0 ? point.Bulk : point.Devices[^1].Waybills).Add(waybill!);
            }
            else
            {
                return AccsErrors.AtLine(AccsErrors.OutOfPlaceOrMalformed, lineNumber, "line out of place or malformed");
            }
        }

        if (points.Count == 0)
        {
            return AccsErrors.Create(AccsErrors.MandatoryMissing, "point of unloading missing");
        }

        if (points.FirstOrDefault(p => p.Bulk.Count == 0 && p.Devices.All(d => d.Waybills.Count == 0)) is { } empty)
        {
            return AccsErrors.Create(AccsErrors.MandatoryMissing, $"no air waybill unloaded at {empty.Airport}");
        }

        if (last is null)
        {
            return AccsErrors.Create(AccsErrors.MandatoryMissing, "LAST or CONT missing");
        }

        message = new FfmMessage(part, flight!, registration!, new EquatableList<UnloadingPoint>(points.Select(p => p.ToPoint())), last.Value);
        return null;
    }

    // <part 1-99>/<carrier+flight>/<DDMMM>/<departure airport>/<registration>
    private static bool TryFlightLine(
        string text, CheckContext context, out int part, out FlightIdentity? flight, out string? registration)
    {
        part = 0;
        flight = null;
        registration = null;
        var p = text.Split('/');
        if (p.Length != 5 || !CargoImpCharacters.IsDigits(p[0], 1, 2) || p[0][0] == '0' ||
            !CargoImpFlights.TrySplitDesignator(p[1], out var carrier, out var number) ||
            !CargoImpDates.IsDayMonth(p[2]) || !CodeFormat.IsAirport(p[3]) || !IsRegistration(p[4]))
        {
            return false;
        }

        var receivedDate = DateOnly.FromDateTime(Strangler.Contracts.Time.HongKongTime.ToHongKong(context.ReceivedAt).DateTime);
        CargoImpDates.TryDay(p[2].AsSpan(0, 2), out var day);
        if (!FlightDate.TryResolve(day, CargoImpDates.MonthNumber(p[2].AsSpan(2)), receivedDate, out var date))
        {
            return false;
        }

        part = int.Parse(p[0]);
        flight = new FlightIdentity(carrier, number, date, p[3]);
        registration = p[4];
        return true;
    }

    // An aircraft registration such as B-HLR: 1 to 10 letters, digits and hyphens.
    private static bool IsRegistration(string s) =>
        s.Length is >= 1 and <= 10 && s.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-');

    private sealed record PointDraft(string Airport)
    {
        public List<AirWaybillLine> Bulk { get; } = [];

        public List<(string Id, List<AirWaybillLine> Waybills)> Devices { get; } = [];

        public UnloadingPoint ToPoint() => new(
            Airport,
            new EquatableList<AirWaybillLine>(Bulk),
            new EquatableList<UnitLoadDevice>(Devices.Select(d => new UnitLoadDevice(d.Id, new EquatableList<AirWaybillLine>(d.Waybills)))));
    }
}
