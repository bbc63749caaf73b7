using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Waybills;

namespace Strangler.Legacy.Accs.Status;

/// <summary>One row of <c>ACC_AWB</c>: what the CSN of an air waybill is made of.</summary>
internal sealed class AirWaybillState
{
    public string AwbNo { get; set; } = "";

    public string WaybillLine { get; set; } = "";

    public string ActionCode { get; set; } = "";

    public DateTimeOffset CodeSetAt { get; set; }

    public string? FwbFlight { get; set; }

    public string? FwbFlightDay { get; set; }

    public string? FfmFlight { get; set; }

    public string? FfmFlightDay { get; set; }

    public string Prefix => AwbNo[..3];

    /// <summary>The latest FFM's flight, failing that the FWB's.</summary>
    public (string Flight, string DayMonth) Flight =>
        FfmFlight is not null ? (FfmFlight, FfmFlightDay!) : (FwbFlight!, FwbFlightDay!);

    public ActionCode Code => ActionCodes.TryParse(ActionCode.Trim(), out var code)
        ? code
        : throw new InvalidOperationException($"ACC_AWB {AwbNo} holds an unknown action code '{ActionCode}'.");

    public CustomsStatusNotification ToNotification()
    {
        if (!AirWaybillLine.TryParse(WaybillLine, out var line))
        {
            throw new InvalidOperationException($"ACC_AWB {AwbNo} holds an unreadable air waybill line.");
        }

        var (flight, day) = Flight;
        return CustomsStatusNotification.Create(line!, Code, CodeSetAt, flight, day);
    }
}
