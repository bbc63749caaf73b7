namespace Strangler.Parity.Classification;

/// <summary>The class of a difference or of a whole finding, in increasing severity: a finding takes its worst difference's.</summary>
public enum ParityClass
{
    Match,
    Intended,
    RiskOutcome,
    Mismatch,
}
