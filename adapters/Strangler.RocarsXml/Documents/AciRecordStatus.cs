namespace Strangler.RocarsXml.Documents;

/// <summary>The status of a lodged ACI as an AciRecord shows it.</summary>
public enum AciRecordStatus
{
    Lodged,
    Bundled,
    Cancelled,
}
