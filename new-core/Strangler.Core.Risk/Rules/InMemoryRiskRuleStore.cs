using Strangler.Contracts.Time;

namespace Strangler.Core.Risk.Rules;

/// <summary>A rule store in memory: each change swaps one immutable snapshot (rule set and change record) atomically.</summary>
public sealed class InMemoryRiskRuleStore : IRiskRuleStore
{
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private volatile Snapshot _snapshot;

    /// <exception cref="ArgumentException">The initial rule set is invalid (a start-up configuration error).</exception>
    public InMemoryRiskRuleStore(RiskRuleSet initial, string loadedBy, string reason, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = RiskRuleSetValidator.Validate(initial);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid initial rule set: " + string.Join("; ", problems), nameof(initial));
        }

        _clock = clock;
        _snapshot = new Snapshot(initial, [new RuleSetChange(HongKongTime.Now(clock), loadedBy, reason, null, initial.Version)]);
    }

    public RiskRuleSet Current => _snapshot.RuleSet;

    public IReadOnlyList<RuleSetChange> Changes => _snapshot.Changes;

    public RuleSetLoadResult Replace(RiskRuleSet next, string changedBy, string reason)
    {
        ArgumentNullException.ThrowIfNull(next);
        var problems = new List<RuleSetProblem>();
        if (string.IsNullOrWhiteSpace(changedBy))
        {
            problems.Add(new RuleSetProblem("changedBy", "who made the change must be recorded"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new RuleSetProblem("reason", "why the change was made must be recorded"));
        }

        problems.AddRange(RiskRuleSetValidator.Validate(next));
        lock (_gate)
        {
            var current = _snapshot;
            if (next.Version <= current.RuleSet.Version)
            {
                problems.Add(new RuleSetProblem("$.version", $"must be higher than the current version {current.RuleSet.Version}"));
            }

            if (problems.Count > 0)
            {
                return RuleSetLoadResult.Refused(problems);
            }

            var change = new RuleSetChange(HongKongTime.Now(_clock), changedBy, reason, current.RuleSet.Version, next.Version);
            _snapshot = new Snapshot(next, [.. current.Changes, change]);
            return RuleSetLoadResult.Valid(next);
        }
    }

    private sealed record Snapshot(RiskRuleSet RuleSet, IReadOnlyList<RuleSetChange> Changes);
}
