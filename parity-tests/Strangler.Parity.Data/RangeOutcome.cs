namespace Strangler.Parity.Data;

/// <summary>What the engine did with one compared key range.</summary>
public enum RangeOutcome
{
    /// <summary>Counts and checksums agree: the range is equal.</summary>
    Equal,

    /// <summary>Disagree, and the range was cut into smaller ranges.</summary>
    Split,

    /// <summary>Disagree, and the records were compared one by one.</summary>
    Diffed,
}
