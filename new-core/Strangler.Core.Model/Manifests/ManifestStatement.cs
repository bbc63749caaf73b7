namespace Strangler.Core.Model.Manifests;

/// <summary>EMAN statement 1 (for clearance, before the event) or 2 (post-arrival/departure).</summary>
public enum ManifestStatement
{
    Statement1,
    Statement2,
}
