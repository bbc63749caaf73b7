using System.Globalization;
using System.Text;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;

namespace Strangler.Parity.Reports.Html;

/// <summary>
/// The self-contained HTML page of a report: inline CSS, inline SVG charts, no script at all (the drill-down is a
/// `details` element), and a content security policy that forbids loading anything, so a hostile value that somehow
/// escaped encoding still could not run or call out.
/// </summary>
internal static class HtmlReport
{
    private const string Css = """
        body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
        h1{font-size:22px}h2{font-size:17px;margin-top:28px}
        table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
        th{background:#f2f2f2}.num{text-align:right}.mono{font-family:ui-monospace,monospace;font-size:12px}
        .charts{display:flex;flex-wrap:wrap;gap:16px}.chart{border:1px solid #ddd;background:#fff}.chart text{font-size:11px}
        .chart .chart-title{font-size:13px;font-weight:600}
        .class-match{color:#2e7d32}.class-intended{color:#4f7cc4}.class-risk-outcome{color:#b07000}.class-mismatch{color:#c0392b;font-weight:600}
        .passed{color:#2e7d32}.failed{color:#c0392b;font-weight:600}summary{cursor:pointer}
        .absent{color:#999;font-style:italic}
        """;

    public static string Write(ParityReportInput input)
    {
        var stats = new ReportStatistics(input);
        var unit = input.Unit.Name();
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Append($"<title>Parity report: {unit}, {Day(input.PeriodStart)} to {Day(input.PeriodEnd)}</title>")
            .Append("<style>").Append(Css).Append("</style></head><body>\n")
            .Append($"<h1>Parity report: <span id=\"unit\">{unit}</span></h1>")
            .Append($"<p>Period {Time(input.PeriodStart)} to {Time(input.PeriodEnd)} (Hong Kong time). Generated {Time(input.GeneratedAt)}.</p>\n");
        Summary(html, stats);
        html.Append("<h2>Charts</h2><div class=\"charts\">")
            .Append(SvgCharts.ParityRate(stats))
            .Append(SvgCharts.Differences(stats))
            .Append(SvgCharts.Latency(stats))
            .Append("</div>\n");
        Gates(html, input.GateStatus);
        Findings(html, input.Findings);
        DataParitySection.Write(html, input.DataParity);
        ChangeLog(html, input.ChangeLog, input.ChangeLogHead);
        html.Append("<p>The files of this report are listed with their SHA-256 in manifest.json, which links to the previous report's manifest and names the change-log head.</p>")
            .Append("</body></html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, ReportStatistics stats)
    {
        html.Append("<h2>Summary</h2><table id=\"summary\"><tr><th>compared</th>");
        foreach (var c in FindingClasses.All)
        {
            html.Append($"<th>{c.Name()}</th>");
        }

        html.Append("<th>parity rate</th></tr><tr>").Append($"<td class=\"num\">{stats.Total}</td>");
        foreach (var c in FindingClasses.All)
        {
            html.Append($"<td class=\"num class-{c.Name()}\">{stats.ByClass[c]}</td>");
        }

        var rate = stats.ParityRate is { } r ? Markup.Percent(r) : "n/a";
        html.Append($"<td class=\"num\" id=\"parity-rate\">{rate}</td></tr></table>\n");
    }

    private static void Gates(StringBuilder html, IReadOnlyList<GateCheck> gates)
    {
        html.Append("<h2>Gate status</h2><table id=\"gates\"><tr><th>gate</th><th>required</th><th>actual</th><th>status</th></tr>");
        foreach (var g in gates)
        {
            var status = g.Passed ? "<td class=\"passed\">passed</td>" : "<td class=\"failed\">not passed</td>";
            html.Append($"<tr><td>{Markup.Encode(g.Name)}</td><td>{Markup.Encode(g.Required)}</td><td>{Markup.Encode(g.Actual)}</td>{status}</tr>");
        }

        html.Append("</table>\n");
    }

    private static void Findings(StringBuilder html, IReadOnlyList<ParityFinding> findings)
    {
        html.Append("<h2>Findings</h2><table id=\"findings\"><tr><th>at</th><th>id</th><th>interface</th><th>message type</th>")
            .Append("<th>class</th><th>legacy ms</th><th>core ms</th><th>differences</th></tr>\n");
        var ordered = findings.OrderBy(f => f.At).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var f = ordered[i];
            // Row ids are positions, not the finding's id, so that no data value ever lands in an id attribute.
            html.Append($"<tr id=\"finding-{i + 1}\" data-finding-id=\"{Markup.Encode(f.Id)}\"><td>{Time(f.At)}</td><td class=\"mono\">{Markup.Encode(f.Id)}</td>")
                .Append($"<td>{Markup.Encode(f.Interface)}</td><td>{Markup.Encode(f.MessageType)}</td>")
                .Append($"<td class=\"class-{f.Class.Name()}\">{f.Class.Name()}</td>")
                .Append($"<td class=\"num\">{Markup.Number(f.LegacyMs)}</td><td class=\"num\">{Markup.Number(f.CoreMs)}</td><td>");
            FieldsDrillDown(html, f.Fields);

            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>The differing fields behind a `details` element (no script needed to open it), or "none".</summary>
    internal static void FieldsDrillDown(StringBuilder html, IReadOnlyList<FieldDifference> fields)
    {
        if (fields.Count == 0)
        {
            html.Append("none");
            return;
        }

        html.Append($"<details><summary>{fields.Count} field{(fields.Count == 1 ? "" : "s")}</summary>")
            .Append("<table class=\"fields\"><tr><th>field</th><th>legacy</th><th>core</th><th>rule</th></tr>");
        foreach (var d in fields)
        {
            html.Append($"<tr><td class=\"mono\">{Markup.Encode(d.Field)}</td><td class=\"mono\">{Value(d.Legacy)}</td>")
                .Append($"<td class=\"mono\">{Value(d.Core)}</td><td>{Markup.Encode(d.Rule)}</td></tr>");
        }

        html.Append("</table></details>");
    }

    private static void ChangeLog(StringBuilder html, IReadOnlyList<ChangeLogEntry> entries, ChangeLogHead? head)
    {
        html.Append("<h2>Stage change log</h2>");

        // The head is of the whole log (all units); the manifest records it too, so verify can match it against the log.
        html.Append(head is null
            ? "<p id=\"change-log-head\">No change-log head was recorded for this report.</p>"
            : $"<p id=\"change-log-head\">Made after change-log entry {head.Seq}, hash <span class=\"mono\">{Markup.Encode(head.Hash)}</span>.</p>");
        html.Append("<table id=\"change-log\"><tr><th>seq</th><th>at</th><th>actor</th><th>from</th>")
            .Append("<th>to</th><th>reason</th><th>hash</th></tr>");
        foreach (var e in entries.OrderBy(e => e.Seq))
        {
            html.Append($"<tr><td class=\"num\">{e.Seq}</td><td>{Time(e.At)}</td><td>{Markup.Encode(e.Actor)}</td>")
                .Append($"<td>{Markup.Encode(e.From)}</td><td>{Markup.Encode(e.To)}</td><td>{Markup.Encode(e.Reason)}</td>")
                .Append($"<td class=\"mono\">{Markup.Encode(e.Hash)}</td></tr>");
        }

        html.Append("</table>\n");
    }

    internal static string Value(string? value) => value is null ? "<span class=\"absent\">absent</span>" : Markup.Encode(value);

    internal static string Time(DateTimeOffset t) =>
        HongKongTime.ToHongKong(t).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset t) => HongKongTime.Date(t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
