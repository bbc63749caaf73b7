namespace Strangler.Core.Eman.Manifests;

/// <summary>What the acknowledgement of one accepted version showed: enough to render it again for GET.</summary>
internal sealed class VersionRow
{
    public string DocumentNumber { get; set; } = "";

    public string InterchangeRef { get; set; } = "";

    public string MessageRef { get; set; } = "";

    public object ReceivedAt { get; set; } = "";

    /// <summary>The GIS codes, space-separated: <c>AC</c>, <c>AC LT</c> or <c>CX</c>.</summary>
    public string Statuses { get; set; } = "";
}
