namespace Strangler.RocarsXml.Documents;

/// <summary>The status of an AciResponse.</summary>
public enum AciStatus
{
    Accepted,
    Rejected,
}
