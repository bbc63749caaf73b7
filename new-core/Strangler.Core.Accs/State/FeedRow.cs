namespace Strangler.Core.Accs.State;

/// <summary>One CSN as it entered a key's feed (fields as written) and its cursor.</summary>
internal sealed class FeedRow
{
    public long Cursor { get; set; }

    public string WaybillLine { get; set; } = "";

    public string Code { get; set; } = "";

    public string SetAtText { get; set; } = "";

    public string Flight { get; set; } = "";

    public string FlightDayMonth { get; set; } = "";
}
