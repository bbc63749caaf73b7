namespace Strangler.Core.Accs.State;

/// <summary>An air waybill as ACCS keeps it: current code and the inputs of its CSN.</summary>
internal sealed class WaybillRow
{
    public string Awb { get; set; } = "";

    public string Prefix { get; set; } = "";

    public string WaybillLine { get; set; } = "";

    public string Code { get; set; } = "";

    public DateTimeOffset CodeSetAt { get; set; }

    public DateTimeOffset? ReleaseDueAt { get; set; }

    public int? FwbPieces { get; set; }

    public string Flight { get; set; } = "";

    public string FlightDayMonth { get; set; } = "";

    public DateTimeOffset? FfmReceivedAt { get; set; }
}
