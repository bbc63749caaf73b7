using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Rules;

namespace Strangler.Core.Risk.Outcomes;

/// <summary>Observed share of decisions per control channel against the rule set's targets, for reviewing the rates.</summary>
public sealed record ChannelBalance(int Decisions, decimal DocumentCheckShare, decimal PhysicalExaminationShare, ChannelTargets? Targets)
{
    public static ChannelBalance From(IReadOnlyCollection<RiskDecision> decisions, RiskRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (decisions.Count == 0)
        {
            return new ChannelBalance(0, 0m, 0m, ruleSet.ChannelTargets);
        }

        decimal Share(ClearanceChannel c) => (decimal)decisions.Count(d => d.Channel == c) / decisions.Count;
        return new ChannelBalance(decisions.Count, Share(ClearanceChannel.DocumentCheck), Share(ClearanceChannel.PhysicalExamination), ruleSet.ChannelTargets);
    }
}
