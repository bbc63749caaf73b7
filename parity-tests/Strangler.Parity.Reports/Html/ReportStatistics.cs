using Strangler.Contracts.Time;

namespace Strangler.Parity.Reports.Html;

/// <summary>The numbers the charts and the summary show, computed once from the findings.</summary>
internal sealed class ReportStatistics
{
    /// <summary>The percentiles the latency chart shows (nearest rank), plus the maximum.</summary>
    public static IReadOnlyList<(string Label, double Fraction)> LatencyPoints { get; } =
        [("p50", 0.50), ("p90", 0.90), ("p99", 0.99), ("max", 1.0)];

    public ReportStatistics(ParityReportInput input)
    {
        var findings = input.Findings;
        Total = findings.Count;
        ByClass = FindingClasses.All.ToDictionary(c => c, c => findings.Count(f => f.Class == c));
        ParityRate = Total == 0 ? null : (double)(Total - ByClass[FindingClass.Mismatch]) / Total;
        RateOverTime = BucketRates(input);
        DifferencesByMessageType = findings
            .Where(f => f.Class != FindingClass.Match)
            .GroupBy(f => f.MessageType, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyDictionary<FindingClass, int>)DifferenceClasses.ToDictionary(c => c, c => g.Count(f => f.Class == c))))
            .ToList();
        LegacyLatency = Percentiles(findings.Select(f => f.LegacyMs));
        CoreLatency = Percentiles(findings.Select(f => f.CoreMs));
    }

    /// <summary>The classes that are a difference of some kind, in the order the charts show them.</summary>
    public static IReadOnlyList<FindingClass> DifferenceClasses { get; } =
        [FindingClass.Intended, FindingClass.RiskOutcome, FindingClass.Mismatch];

    public int Total { get; }

    public IReadOnlyDictionary<FindingClass, int> ByClass { get; }

    /// <summary>Share of findings not classed `mismatch`; null when nothing was compared.</summary>
    public double? ParityRate { get; }

    /// <summary>Parity rate per Hong Kong day, or per hour when the period is two days or shorter.</summary>
    public IReadOnlyList<(string Label, double Rate, int Count)> RateOverTime { get; }

    public IReadOnlyList<(string MessageType, IReadOnlyDictionary<FindingClass, int> Counts)> DifferencesByMessageType { get; }

    public IReadOnlyList<double> LegacyLatency { get; }

    public IReadOnlyList<double> CoreLatency { get; }

    private static List<(string, double, int)> BucketRates(ParityReportInput input)
    {
        var hourly = input.PeriodEnd - input.PeriodStart <= TimeSpan.FromDays(2);
        var format = hourly ? "MM-dd HH:00" : "yyyy-MM-dd";
        return input.Findings
            .GroupBy(f => HongKongTime.ToHongKong(f.At).ToString(format, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (double)g.Count(f => f.Class != FindingClass.Mismatch) / g.Count(), g.Count()))
            .ToList();
    }

    internal static IReadOnlyList<double> Percentiles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return LatencyPoints.Select(_ => 0d).ToArray();
        }

        // Nearest rank: the smallest value with at least the fraction of values at or below it.
        return LatencyPoints
            .Select(p => sorted[Math.Clamp((int)Math.Ceiling(p.Fraction * sorted.Length) - 1, 0, sorted.Length - 1)])
            .ToArray();
    }
}
