using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Rules;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Assessment;

/// <summary>
/// The risk engine: applies every rule of a rule set, random selection and relationship analysis to
/// one subject. Deterministic: the same subject, rule set and relationship history give the same decision.
/// </summary>
public static class RiskAssessor
{
    /// <summary>The reason id used for random selection; the validator refuses it as a rule id.</summary>
    public const string RandomSelectionId = "RANDOM";

    /// <summary>Assesses a subject; the strictest channel proposed by a matched rule or random selection wins.</summary>
    public static RiskDecision Assess(RiskSubject subject, RiskRuleSet ruleSet, IPartyRelationships relationships)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(relationships);

        var relationshipScore = relationships.Score(subject);
        var reasons = new List<RiskReason>();
        var channel = ClearanceChannel.Release;
        var score = 0m;
        foreach (var rule in ruleSet.Rules)
        {
            if (RuleMatcher.Match(rule, subject, ruleSet, relationshipScore) is { } matched)
            {
                reasons.Add(new RiskReason(rule.Id, rule.Channel, rule.Weight, matched));
                score += rule.Weight;
                channel = Stricter(channel, rule.Channel);
            }
        }

        var random = ruleSet.RandomSelection;
        var selected = RandomSelector.IsSelected(ruleSet.Seed, subject.Kind, subject.Reference, random.MinimumRate);
        if (selected)
        {
            reasons.Add(new RiskReason(RandomSelectionId, random.Channel, 0m, $"drawn at rate {random.MinimumRate}"));
            channel = Stricter(channel, random.Channel);
        }

        return new RiskDecision(subject.Kind, subject.Reference, ruleSet.Version, channel, score, selected, relationshipScore, reasons);
    }

    private static ClearanceChannel Stricter(ClearanceChannel a, ClearanceChannel b) => a >= b ? a : b;
}
