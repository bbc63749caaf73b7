using System.ComponentModel.DataAnnotations;

namespace Strangler.Legacy.Accs.Risk;

/// <summary>
/// Configuration section <c>Risk</c> of the legacy ACCS stand-in: the seed and rate of the random
/// selection, and how long a document check or examination takes before the air waybill is released.
/// </summary>
public sealed class LegacyRiskOptions
{
    public const string SectionName = "Risk";

    /// <summary>Mixed into the selection hash, so another seed selects other air waybills.</summary>
    public int Seed { get; set; } = 1997;

    /// <summary>The share of air waybills selected at random for a check (0 to 1).</summary>
    [Range(0.0, 1.0)]
    public double SelectionRate { get; set; } = 0.05;

    /// <summary>Hours from a DC or PX decision until the check completes and the code becomes RL.</summary>
    [Range(0.0, 24.0 * 30)]
    public double ExaminationHours { get; set; } = 4;

    public TimeSpan ExaminationTime => TimeSpan.FromHours(ExaminationHours);
}
