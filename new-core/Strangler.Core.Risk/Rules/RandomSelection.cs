namespace Strangler.Core.Risk.Rules;

/// <summary>Random selection: the share of subjects drawn regardless of rules, and the channel they go to.</summary>
public sealed record RandomSelection(decimal MinimumRate, ClearanceChannel Channel);
