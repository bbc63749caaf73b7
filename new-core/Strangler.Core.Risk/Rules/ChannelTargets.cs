namespace Strangler.Core.Risk.Rules;

/// <summary>
/// The share of decisions expected in each control channel, against which
/// <see cref="Outcomes.ChannelBalance"/> reports the observed shares.
/// </summary>
public sealed record ChannelTargets(decimal DocumentCheck, decimal PhysicalExamination);
