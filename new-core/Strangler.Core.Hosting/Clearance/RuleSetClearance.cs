using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Rules;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Hosting.Clearance;

/// <summary>The default clearance: the current rule set of <see cref="IRiskRuleStore"/>, decisions not stored.</summary>
internal sealed class RuleSetClearance(IRiskRuleStore rules, IPartyRelationships relationships) : ICargoClearance
{
    public Task<RiskDecision> AssessAsync(RiskSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult(RiskAssessor.Assess(subject, rules.Current, relationships));
}
