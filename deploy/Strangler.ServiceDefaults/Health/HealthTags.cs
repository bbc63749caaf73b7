namespace Strangler.ServiceDefaults.Health;

/// <summary>Tags that put a health check into one of the probes.</summary>
public static class HealthTags
{
    /// <summary>Checked by <c>/healthz/live</c>: only "the process is up", never a dependency.</summary>
    public const string Live = "live";

    /// <summary>Checked by <c>/healthz/ready</c>: what the service needs to take traffic (its database …).</summary>
    public const string Ready = "ready";
}
