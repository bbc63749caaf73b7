namespace Strangler.Parity.Data;

/// <summary>The per-range statistics of a comparison: both sides' summaries, the depth of bisection and the outcome.</summary>
public sealed record RangeComparison(KeyRange Range, int Depth, RangeSummary Legacy, RangeSummary Core, RangeOutcome Outcome, int Differences);
