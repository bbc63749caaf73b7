namespace Strangler.Core.Model.Documents;

/// <summary>What happened to a document.</summary>
public enum DocumentEventKind
{
    Received,
    Accepted,
    Rejected,
    Amended,
    Cancelled,
    StatusChanged,
    Bundled,
    NoticeIssued,
}
