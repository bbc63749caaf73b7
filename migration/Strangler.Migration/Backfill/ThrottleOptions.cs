using System.ComponentModel.DataAnnotations;

namespace Strangler.Migration.Backfill;

/// <summary>How hard the backfill may read the legacy stores (section <c>Backfill:Throttle</c>).</summary>
public sealed class ThrottleOptions
{
    /// <summary>The most legacy records (document versions and quarantined records) read per second, on average.</summary>
    [Range(0.001, 1_000_000)]
    public double RecordsPerSecond { get; set; } = 5_000;

    /// <summary>Records that may be read at once before the rate applies (the token bucket's size).</summary>
    [Range(1, 10_000_000)]
    public int Burst { get; set; } = 5_000;

    /// <summary>A read slower per record than this multiple of the running baseline counts as the legacy store being under load.</summary>
    [Range(1.01, 1000)]
    public double LatencyFactor { get; set; } = 3;

    /// <summary>Reads that only set the baseline before back-off can start.</summary>
    [Range(1, 1000)]
    public int WarmUpReads { get; set; } = 3;

    /// <summary>Weight of the newest normal read in the baseline (exponential moving average).</summary>
    [Range(0.001, 1)]
    public double BaselineWeight { get; set; } = 0.2;

    /// <summary>The slowest rate back-off goes down to, as a fraction of <see cref="RecordsPerSecond"/>.</summary>
    [Range(0.001, 1)]
    public double MinimumRateFraction { get; set; } = 0.05;

    /// <summary>The longest pause before a chunk.</summary>
    public TimeSpan MaximumDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The problems of these options (none: valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        var problems = results.Select(r => r.ErrorMessage ?? "invalid").ToList();
        if (MaximumDelay < TimeSpan.Zero)
        {
            problems.Add("MaximumDelay must not be negative.");
        }

        return problems;
    }
}
