using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Assessment;

/// <summary>
/// The outcome of assessing one subject under one rule-set version: the channel, the summed weight of
/// matched rules, whether random selection drew it, the relationship score, and every reason.
/// </summary>
public sealed record RiskDecision(
    SubjectKind SubjectKind,
    string Reference,
    int RuleSetVersion,
    ClearanceChannel Channel,
    decimal Score,
    bool RandomlySelected,
    RelationshipScore Relationships,
    IReadOnlyList<RiskReason> Reasons);
