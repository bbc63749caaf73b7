using System.Reflection;
using Strangler.Core.Risk.Rules;

namespace Strangler.Core.Clearance.Rules;

/// <summary>
/// Builds the <see cref="RuleSetLoadResult"/> that <see cref="IRiskRuleStore.Replace"/> returns. Its factories are internal
/// to Strangler.Core.Risk (a change to make them public is requested), so the refused form is reached by reflection here, once.
/// </summary>
internal static class RuleSetResults
{
    private static readonly MethodInfo RefusedFactory = typeof(RuleSetLoadResult).GetMethod("Refused", BindingFlags.Static | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("RuleSetLoadResult.Refused is missing.");

    public static RuleSetLoadResult Of(RiskRuleSet set, IReadOnlyList<RuleSetProblem> problems) =>
        problems.Count == 0
            ? RiskRuleSetJson.Load(RiskRuleSetJson.Write(set))
            : (RuleSetLoadResult)RefusedFactory.Invoke(null, [problems])!;
}
