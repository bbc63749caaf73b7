namespace Strangler.Parity.Reports;

/// <summary>One compared exchange: how the two answers were classed, which fields differed, and how long each side took.</summary>
public sealed record ParityFinding(
    string Id,
    DateTimeOffset At,
    string Interface,
    string MessageType,
    FindingClass Class,
    IReadOnlyList<FieldDifference> Fields,
    double LegacyMs,
    double CoreMs);
