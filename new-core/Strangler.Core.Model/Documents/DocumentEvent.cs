namespace Strangler.Core.Model.Documents;

/// <summary>
/// One entry of a document's event history: the document's issued reference, the version it
/// concerns, when (Hong Kong time), what happened, and a short detail (error codes, action code).
/// </summary>
public sealed record DocumentEvent(
    string DocumentReference,
    int VersionNumber,
    DateTimeOffset At,
    DocumentEventKind Kind,
    string? Detail = null);
