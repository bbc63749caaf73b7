namespace Strangler.Parity.Rules;

/// <summary>What a declared rule makes of a difference it matches.</summary>
public enum RuleTreatment
{
    /// <summary>Noise: the field may differ and the difference counts as a match.</summary>
    Ignore,

    /// <summary>A declared difference of behaviour (pre-shipment lodgement, round-the-clock processing).</summary>
    Intended,

    /// <summary>The two risk engines decided differently (EMAN notices, GO/STOP, CSN action codes).</summary>
    RiskOutcome,
}
