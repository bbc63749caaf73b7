namespace Strangler.Parity.Data;

/// <summary>What is wrong with one record between the legacy store and the new core's store.</summary>
public enum DataDifferenceKind
{
    /// <summary>In legacy, not in the core.</summary>
    Missing,

    /// <summary>In the core, not in legacy.</summary>
    Extra,

    /// <summary>On both sides with different canonical forms.</summary>
    Differing,

    /// <summary>The key occurs more than once on one side (see the counts).</summary>
    Duplicate,
}
