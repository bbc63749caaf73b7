using Strangler.Parity.Rules;

namespace Strangler.Parity.Noise;

/// <summary>
/// A field that differed legacy against legacy, as a proposed <see cref="RuleTreatment.Ignore"/> rule
/// (approvedBy empty: the loader refuses it until someone approves it), with how often it differed.
/// </summary>
public sealed record NoiseProposal(ParityRule Rule, int DifferingSamples, int Samples);
