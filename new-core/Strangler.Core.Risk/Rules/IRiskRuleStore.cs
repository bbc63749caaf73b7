namespace Strangler.Core.Risk.Rules;

/// <summary>
/// Holds the live rule set and the record of every change to it, so rules change without a redeploy.
/// The core will back this with its database; <see cref="InMemoryRiskRuleStore"/> serves tests and hosts without one.
/// </summary>
public interface IRiskRuleStore
{
    /// <summary>The rule set assessments use now; a snapshot that never changes under the caller.</summary>
    RiskRuleSet Current { get; }

    /// <summary>Every change, oldest first, starting with the initial rule set.</summary>
    IReadOnlyList<RuleSetChange> Changes { get; }

    /// <summary>
    /// Swaps in a new rule set when it is valid and its version is higher than the current one;
    /// otherwise changes nothing and returns the problems.
    /// </summary>
    RuleSetLoadResult Replace(RiskRuleSet next, string changedBy, string reason);
}
