using System.Text;
using Strangler.Parity.Reports.Data;

namespace Strangler.Parity.Reports.Html;

/// <summary>The charts of the report, drawn as inline SVG so the page needs nothing from outside.</summary>
internal static class SvgCharts
{
    public const string ParityRateId = "chart-parity-rate";
    public const string DifferencesId = "chart-differences";
    public const string LatencyId = "chart-latency";
    public const string DataDifferencesId = "chart-data-differences";

    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 68;
    private const int Right = 40;
    private const int Top = 28;
    private const int Bottom = 48;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;

    public static readonly IReadOnlyDictionary<FindingClass, string> ClassColours = new Dictionary<FindingClass, string>
    {
        [FindingClass.Match] = "#2e7d32",
        [FindingClass.Intended] = "#4f7cc4",
        [FindingClass.RiskOutcome] = "#d9982b",
        [FindingClass.Mismatch] = "#c0392b",
    };

    // Missing, extra, differing, duplicate, then quarantined: the order of the data-parity summary columns.
    private static readonly string[] DataColours = ["#c0392b", "#d9982b", "#8e44ad", "#4f7cc4", "#7a7a7a"];

    private const string LegacyColour = "#7a7a7a";
    private const string CoreColour = "#1f5fa8";

    public static string ParityRate(ReportStatistics stats)
    {
        var svg = Open(ParityRateId, "Parity rate over time");
        var points = stats.RateOverTime;
        if (points.Count == 0)
        {
            return Empty(svg);
        }

        // Zoom the y axis to the data: the difference between 99.2 % and 99.9 % is what an auditor looks for.
        var lowest = Math.Floor(points.Min(p => p.Rate) * 100 - 1);
        var yMin = Math.Max(0, lowest) / 100;
        double Y(double rate) => Top + PlotHeight * (1 - (rate - yMin) / (1 - yMin));
        double X(int i) => Left + (points.Count == 1 ? PlotWidth / 2.0 : PlotWidth * i / (double)(points.Count - 1));

        YAxis(svg, [yMin, (yMin + 1) / 2, 1], Y, Markup.Percent);
        var line = string.Join(' ', points.Select((p, i) => $"{Markup.Number(X(i))},{Markup.Number(Y(p.Rate))}"));
        svg.Append($"<polyline points=\"{line}\" fill=\"none\" stroke=\"{CoreColour}\" stroke-width=\"2\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            var (label, rate, count) = points[i];
            svg.Append($"<circle cx=\"{Markup.Number(X(i))}\" cy=\"{Markup.Number(Y(rate))}\" r=\"3.5\" fill=\"{CoreColour}\">")
               .Append($"<title>{Markup.Encode(label)}: {Markup.Percent(rate)} of {count}</title></circle>");
        }

        XLabels(svg, points.Select(p => p.Label).ToList(), X);
        return Close(svg);
    }

    public static string Differences(ReportStatistics stats)
    {
        var svg = Open(DifferencesId, "Differences by class and message type");
        var groups = stats.DifferencesByMessageType;
        if (groups.Count == 0)
        {
            return Empty(svg);
        }

        var series = ReportStatistics.DifferenceClasses
            .Select(c => (c.Name(), ClassColours[c], groups.Select(g => (double)g.Counts[c]).ToList()))
            .ToList();
        GroupedBars(svg, groups.Select(g => g.MessageType).ToList(), series, v => Markup.Number(v));
        return Close(svg);
    }

    public static string Latency(ReportStatistics stats)
    {
        var svg = Open(LatencyId, "Latency of both sides (ms)");
        if (stats.Total == 0)
        {
            return Empty(svg);
        }

        var labels = ReportStatistics.LatencyPoints.Select(p => p.Label).ToList();
        GroupedBars(
            svg,
            labels,
            [("legacy", LegacyColour, stats.LegacyLatency.ToList()), ("core", CoreColour, stats.CoreLatency.ToList())],
            v => Markup.Number(v) + " ms");
        return Close(svg);
    }

    /// <summary>Differences per kind and quarantined records, one group of bars per store-parity run.</summary>
    public static string DataDifferences(IReadOnlyList<DataParityRun> runs)
    {
        var svg = Open(DataDifferencesId, "Store differences per run");
        if (runs.Count == 0)
        {
            return Empty(svg);
        }

        var series = DataParitySection.DifferenceKinds
            .Select((kind, i) => (kind, DataColours[i], runs.Select(r => (double)DataParitySection.Count(r, kind)).ToList()))
            .Append(("quarantined", DataColours[^1], runs.Select(r => (double)r.Quarantined.Count).ToList()))
            .ToList();
        GroupedBars(svg, runs.Select(DataParitySection.Days).ToList(), series, v => Markup.Number(v));
        return Close(svg);
    }

    private static void GroupedBars(
        StringBuilder svg,
        IReadOnlyList<string> groups,
        IReadOnlyList<(string Name, string Colour, List<double> Values)> series,
        Func<double, string> format)
    {
        var max = Math.Max(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max(), 1e-9);
        double Y(double v) => Top + PlotHeight * (1 - v / max);
        var groupWidth = PlotWidth / (double)groups.Count;
        var barWidth = groupWidth * 0.8 / series.Count;
        double X(int i) => Left + groupWidth * (i + 0.5);

        YAxis(svg, [0, max / 2, max], Y, format);
        for (var g = 0; g < groups.Count; g++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[g];
                var x = Left + groupWidth * g + groupWidth * 0.1 + barWidth * s;
                svg.Append($"<rect x=\"{Markup.Number(x)}\" y=\"{Markup.Number(Y(value))}\" width=\"{Markup.Number(barWidth)}\" ")
                   .Append($"height=\"{Markup.Number(Top + PlotHeight - Y(value))}\" fill=\"{series[s].Colour}\">")
                   .Append($"<title>{Markup.Encode(groups[g])} {Markup.Encode(series[s].Name)}: {Markup.Encode(format(value))}</title></rect>");
            }
        }

        XLabels(svg, groups, X);
        for (var s = 0; s < series.Count; s++)
        {
            var x = Left + 110 * s;
            svg.Append($"<rect x=\"{x}\" y=\"{Height - 14}\" width=\"10\" height=\"10\" fill=\"{series[s].Colour}\"/>")
               .Append($"<text x=\"{x + 14}\" y=\"{Height - 5}\">{Markup.Encode(series[s].Name)}</text>");
        }
    }

    private static void YAxis(StringBuilder svg, double[] ticks, Func<double, double> y, Func<double, string> format)
    {
        foreach (var tick in ticks)
        {
            var ty = Markup.Number(y(tick));
            svg.Append($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{ty}\" y2=\"{ty}\" stroke=\"#ddd\"/>")
               .Append($"<text x=\"{Left - 4}\" y=\"{ty}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Markup.Encode(format(tick))}</text>");
        }
    }

    private static void XLabels(StringBuilder svg, IReadOnlyList<string> labels, Func<int, double> x)
    {
        // Label at most about twelve positions so the text stays legible on long periods.
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / 12.0));
        for (var i = 0; i < labels.Count; i += step)
        {
            svg.Append($"<text x=\"{Markup.Number(x(i))}\" y=\"{Top + PlotHeight + 16}\" text-anchor=\"middle\">{Markup.Encode(labels[i])}</text>");
        }
    }

    private static StringBuilder Open(string id, string title) =>
        new StringBuilder()
            .Append($"<svg id=\"{id}\" class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append($"<title>{title}</title><text class=\"chart-title\" x=\"{Left}\" y=\"16\">{title}</text>");

    private static string Empty(StringBuilder svg) =>
        Close(svg.Append($"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\">No findings in this period</text>"));

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();
}
