namespace Strangler.Core.Risk.Outcomes;

/// <summary>
/// How one rule performed: subjects it matched, how many of those were examined, how many had findings.
/// HitRate is findings per examination, null before any examination.
/// </summary>
public sealed record RuleHitRate(string RuleId, int Selections, int Examinations, int WithFindings)
{
    public decimal? HitRate => Examinations == 0 ? null : (decimal)WithFindings / Examinations;
}
