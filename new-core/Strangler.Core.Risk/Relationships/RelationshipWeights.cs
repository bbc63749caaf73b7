namespace Strangler.Core.Risk.Relationships;

/// <summary>Points per kind of link; findings weigh most because they are evidence, not just proximity.</summary>
public sealed record RelationshipWeights(
    int PreviouslyExaminedWithFindings = 10,
    int LinkedToPartyWithFindings = 5,
    int SharedAddress = 3,
    int SharedConsignee = 2,
    int SharedDeclarant = 2)
{
    public static RelationshipWeights Default { get; } = new();

    public int Of(RelationshipLinkKind kind) => kind switch
    {
        RelationshipLinkKind.PreviouslyExaminedWithFindings => PreviouslyExaminedWithFindings,
        RelationshipLinkKind.LinkedToPartyWithFindings => LinkedToPartyWithFindings,
        RelationshipLinkKind.SharedAddress => SharedAddress,
        RelationshipLinkKind.SharedConsignee => SharedConsignee,
        RelationshipLinkKind.SharedDeclarant => SharedDeclarant,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
