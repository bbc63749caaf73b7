using Strangler.Parity.Reports.Html;

namespace Strangler.Parity.Reports.Tests.Html;

public sealed class ReportStatisticsTests
{
    [Fact]
    public void Parity_rate_is_the_share_of_findings_not_classed_mismatch_per_day_and_overall()
    {
        var stats = new ReportStatistics(ReportSamples.Air());

        Assert.Equal(0.75, stats.ParityRate);
        Assert.Equal([("2026-11-01", 1.0, 2), ("2026-11-02", 1.0, 1), ("2026-11-03", 0.0, 1)], stats.RateOverTime);
    }

    [Fact]
    public void Differences_are_counted_per_message_type_and_class_without_matches()
    {
        var stats = new ReportStatistics(ReportSamples.Air());

        Assert.Equal(["FFM", "FHL", "FWB"], stats.DifferencesByMessageType.Select(d => d.MessageType));
        var fwb = stats.DifferencesByMessageType[2].Counts;
        Assert.Equal(1, fwb[FindingClass.Intended]);
        Assert.Equal(0, fwb[FindingClass.Mismatch]);
        Assert.Equal(1, stats.DifferencesByMessageType[1].Counts[FindingClass.Mismatch]);
    }

    [Fact]
    public void Latency_percentiles_use_the_nearest_rank()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i);

        Assert.Equal([50.0, 90.0, 99.0, 100.0], ReportStatistics.Percentiles(values));
        Assert.Equal([7.0, 7.0, 7.0, 7.0], ReportStatistics.Percentiles([7.0]));
        Assert.Equal([0.0, 0.0, 0.0, 0.0], ReportStatistics.Percentiles([]));
    }

    [Fact]
    public void A_period_of_two_days_or_less_is_charted_per_hour()
    {
        var input = ReportSamples.Air() with { PeriodEnd = ReportSamples.Start.AddDays(1) };

        var stats = new ReportStatistics(input);

        Assert.Equal(["11-01 09:00", "11-01 10:00", "11-02 11:00", "11-03 12:00"], stats.RateOverTime.Select(r => r.Label));
    }
}
