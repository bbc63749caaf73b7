namespace Strangler.Facade.Admin;

/// <summary>The body of <c>PUT /admin/v1/stages/{unit}</c>.</summary>
public sealed class StageChangeBody
{
    public string? Stage { get; set; }

    public int? CanaryPercent { get; set; }

    public string? Reason { get; set; }

    public bool Override { get; set; }

    public long? ExpectedRevision { get; set; }
}
