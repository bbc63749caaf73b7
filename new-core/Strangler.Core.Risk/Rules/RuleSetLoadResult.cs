using System.Diagnostics.CodeAnalysis;

namespace Strangler.Core.Risk.Rules;

/// <summary>A rule set that passed every check, or the complete list of problems and no rule set.</summary>
public sealed record RuleSetLoadResult
{
    private RuleSetLoadResult(RiskRuleSet? ruleSet, IReadOnlyList<RuleSetProblem> problems)
    {
        RuleSet = ruleSet;
        Problems = problems;
    }

    public RiskRuleSet? RuleSet { get; }

    public IReadOnlyList<RuleSetProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(RuleSet))]
    public bool IsValid => RuleSet is not null;

    public static RuleSetLoadResult Valid(RiskRuleSet ruleSet) => new(ruleSet, []);

    public static RuleSetLoadResult Refused(IReadOnlyList<RuleSetProblem> problems) => new(null, problems);
}
