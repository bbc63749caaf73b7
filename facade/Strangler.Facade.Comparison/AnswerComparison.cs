namespace Strangler.Facade.Comparison;

/// <summary>
/// The comparison of the two answers to one mirrored request: the verdict, the differing fields
/// (empty when equal) and the answered message type where it could be read (<c>CUSRES</c>,
/// <c>AciResponse</c>, <c>FMA</c> …).
/// </summary>
public sealed record AnswerComparison(ComparisonVerdict Verdict, IReadOnlyList<AnswerDifference> Differences, string? MessageType);
