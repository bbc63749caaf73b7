using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Relationships;

/// <summary>
/// Scores how a subject's parties are linked to other parties in the history. The core backs this
/// with its stored documents; <see cref="InMemoryPartyRelationships"/> works over a list.
/// </summary>
public interface IPartyRelationships
{
    RelationshipScore Score(RiskSubject subject);
}
