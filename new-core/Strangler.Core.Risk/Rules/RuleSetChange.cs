namespace Strangler.Core.Risk.Rules;

/// <summary>One recorded change of the live rule set: who, when, why, and from which version to which.</summary>
/// <param name="OldVersion">Null for the first rule set a store starts with.</param>
public sealed record RuleSetChange(DateTimeOffset At, string ChangedBy, string Reason, int? OldVersion, int NewVersion);
