namespace Strangler.RocarsXml.Documents;

/// <summary>What an AciSubmission does: lodge, replace the current version, or cancel. Codes are the names in upper case (<c>RocarsCodes</c>).</summary>
public enum AciFunction
{
    Original,
    Amend,
    Cancel,
}
