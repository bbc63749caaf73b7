namespace Strangler.Core.Risk.Assessment;

/// <summary>Why a decision was made: the rule (or random selection) that matched, what it matched, and what it proposed.</summary>
public sealed record RiskReason(string RuleId, ClearanceChannel Channel, decimal Weight, string Matched);
