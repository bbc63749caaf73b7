using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Outcomes;

/// <summary>Hit rates per rule (and for random selection, the baseline) from decisions and examination results.</summary>
public static class RuleHitRates
{
    /// <summary>One row per rule id that matched at least once, ordered by rule id; a later result for the same subject replaces an earlier one.</summary>
    public static IReadOnlyList<RuleHitRate> From(IEnumerable<RiskDecision> decisions, IEnumerable<ExaminationResult> examinationResults)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(examinationResults);
        var results = new Dictionary<(SubjectKind, string), bool>();
        foreach (var result in examinationResults)
        {
            results[(result.SubjectKind, result.Reference)] = result.Findings;
        }

        var rows = new SortedDictionary<string, (int Selections, int Examinations, int Findings)>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            var examined = results.TryGetValue((decision.SubjectKind, decision.Reference), out var findings);
            foreach (var ruleId in decision.Reasons.Select(r => r.RuleId).Distinct(StringComparer.Ordinal))
            {
                rows.TryGetValue(ruleId, out var row);
                rows[ruleId] = (row.Selections + 1, row.Examinations + (examined ? 1 : 0), row.Findings + (examined && findings ? 1 : 0));
            }
        }

        return [.. rows.Select(r => new RuleHitRate(r.Key, r.Value.Selections, r.Value.Examinations, r.Value.Findings))];
    }
}
