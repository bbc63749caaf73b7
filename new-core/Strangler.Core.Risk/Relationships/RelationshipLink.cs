namespace Strangler.Core.Risk.Relationships;

/// <summary>One link found, kept as a reason: the subject's party, the other party, the document showing it, and its points.</summary>
public sealed record RelationshipLink(
    RelationshipLinkKind Kind,
    string SubjectParty,
    string OtherParty,
    string DocumentReference,
    int Points);
