using System.ComponentModel.DataAnnotations;

namespace Strangler.Legacy.Eman.Risk;

/// <summary>
/// Settings of the legacy risk stand-in (section <c>Risk</c>): the seed and rate of the random
/// selection, and how long an examination takes before the release voucher is issued.
/// </summary>
public sealed class RiskOptions
{
    public const string SectionName = "Risk";

    /// <summary>Seed of the random selection: the same seed detains the same consignments.</summary>
    public int Seed { get; set; } = 1997;

    /// <summary>Share of consignments selected at random on top of the profile rules (0 to 1).</summary>
    [Range(0.0, 1.0)]
    public double SelectionRate { get; set; } = 0.05;

    /// <summary>Hours from a detention notice to its release voucher.</summary>
    [Range(0.01, 720.0)]
    public double ExaminationHours { get; set; } = 4;

    public TimeSpan ExaminationTime => TimeSpan.FromHours(ExaminationHours);
}
