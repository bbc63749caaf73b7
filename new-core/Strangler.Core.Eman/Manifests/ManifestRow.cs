namespace Strangler.Core.Eman.Manifests;

/// <summary>A stored manifest: who lodged it, the trip fields an amendment must keep, its current version and status.</summary>
internal sealed class ManifestRow
{
    public string EmanRef { get; set; } = "";

    public string ClientKey { get; set; } = "";

    public string CarrierCode { get; set; } = "";

    public string ConveyanceId { get; set; } = "";

    public string Voyage { get; set; } = "";

    public string Direction { get; set; } = "";

    public string Statement { get; set; } = "";

    public string Mode { get; set; } = "";

    public int CurrentVersion { get; set; }

    public bool Cancelled { get; set; }
}
