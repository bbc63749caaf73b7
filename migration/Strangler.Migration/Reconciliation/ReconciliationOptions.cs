using System.ComponentModel.DataAnnotations;

namespace Strangler.Migration.Reconciliation;

/// <summary>The <c>Migration:Reconciliation</c> section.</summary>
public sealed class ReconciliationOptions
{
    public const string SectionName = "Migration:Reconciliation";

    /// <summary>Run store parity of each chunk when it is done (informational: the unit's run is the verdict).</summary>
    public bool AfterEachChunk { get; set; } = true;

    /// <summary>Quartz cron expression, Hong Kong time, of the nightly catch-up and reconciliation of each planned unit.</summary>
    [Required]
    public string NightlyCron { get; set; } = "0 0 2 * * ?";

    /// <summary>
    /// Catch-up then compare, repeated while differences remain (legacy traffic may land between the two), at most this
    /// many times; the last round's result is the run's.
    /// </summary>
    [Range(1, 10)]
    public int MaxRounds { get; set; } = 3;

    /// <summary>A catch-up reads from this long before the last watermark (a change committed late is read again: harmless).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CatchUpOverlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Differences and quarantined records kept in a run's detail (the counts are always whole).</summary>
    [Range(0, 10_000)]
    public int DetailLimit { get; set; } = 100;
}
