using System.ComponentModel.DataAnnotations;

namespace Strangler.Legacy.Rocars.Risk;

/// <summary>Section <c>Risk</c>: the legacy random selection of bundles for examination (STOP).</summary>
public sealed class RiskOptions
{
    public const string SectionName = "Risk";

    /// <summary>Mixed into the hash of each BundleRef, so that another seed selects other bundles.</summary>
    public long Seed { get; set; } = 20261126;

    /// <summary>The share of bundles stopped at random, from 0 (none) to 1 (all), besides the profile rules.</summary>
    [Range(0.0, 1.0)]
    public double SelectionRate { get; set; } = 0.05;
}
