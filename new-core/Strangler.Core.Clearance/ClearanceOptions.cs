using System.ComponentModel.DataAnnotations;

namespace Strangler.Core.Clearance;

/// <summary>The <c>Clearance</c> configuration section.</summary>
public sealed class ClearanceOptions
{
    public const string SectionName = "Clearance";

    /// <summary>How often each core instance checks the store for a newer rule set changed by another instance.</summary>
    [Range(1, 3600)]
    public int RulePollSeconds { get; set; } = 5;

    /// <summary>Most history rows each relationship query looks at (newest first), so an assessment stays fast.</summary>
    [Range(1, 100_000)]
    public int RelationshipHistoryCap { get; set; } = 200;
}
