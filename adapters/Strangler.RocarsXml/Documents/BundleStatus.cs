namespace Strangler.RocarsXml.Documents;

/// <summary>The status of a BundleResponse.</summary>
public enum BundleStatus
{
    Bundled,
    Unbundled,
    Rejected,
}
