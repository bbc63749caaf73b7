using Strangler.Parity.Rules;

namespace Strangler.Parity.Classification;

/// <summary>
/// One differing field with both values as written (null where absent on that side), its class, and
/// the rule that classed it; no rule means a mismatch.
/// </summary>
public sealed record ClassifiedDifference(string Field, string? Primary, string? Secondary, ParityClass Class, ParityRule? Rule);
