namespace Strangler.RocarsXml.Documents;

/// <summary>
/// The answer to GET /aci/{ccrn}: status, version and received-at of the current version, Source for
/// SSDD lodgements, the content of the current version (after a CANCEL, of the last version before
/// it) and the BundleRef while the ACI is in a live bundle.
/// </summary>
public sealed record AciRecord(
    string Ccrn,
    AciRecordStatus Status,
    int Version,
    DateTimeOffset ReceivedAt,
    string? Source,
    Lodgement Lodgement,
    string? BundleRef);
