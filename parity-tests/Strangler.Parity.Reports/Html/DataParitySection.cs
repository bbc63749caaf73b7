using System.Globalization;
using System.Text;
using Strangler.Parity.Reports.Data;

namespace Strangler.Parity.Reports.Html;

/// <summary>
/// The "Data parity" section of the page: a summary row per store-parity run, a chart of differences per kind, every
/// differing record with a drill-down to its fields, and the quarantined legacy records. Every data value is encoded.
/// </summary>
internal static class DataParitySection
{
    public const string SectionId = "data-parity";

    /// <summary>The differences a run distinguishes, in the order the summary and the chart show them.</summary>
    public static IReadOnlyList<string> DifferenceKinds { get; } = ["missing", "extra", "differing", "duplicate"];

    public static void Write(StringBuilder html, IReadOnlyList<DataParityRun> runs)
    {
        html.Append($"<section id=\"{SectionId}\"><h2>Data parity</h2>");
        if (runs.Count == 0)
        {
            html.Append("<p>No store-parity run in this period.</p></section>\n");
            return;
        }

        html.Append("<p>Legacy stores against the new core's store, compared on the canonical form.</p>");
        Summary(html, runs);
        html.Append("<div class=\"charts\">").Append(SvgCharts.DataDifferences(runs)).Append("</div>\n");
        Differences(html, runs);
        Quarantined(html, runs);
        html.Append("</section>\n");
    }

    public static int Count(DataParityRun run, string difference) =>
        run.Differences.Count(d => string.Equals(d.Difference, difference, StringComparison.Ordinal));

    public static string Days(DataParityRun run) => run.FirstDay == run.LastDay
        ? Day(run.FirstDay)
        : $"{Day(run.FirstDay)} to {Day(run.LastDay)}";

    private static void Summary(StringBuilder html, IReadOnlyList<DataParityRun> runs)
    {
        html.Append("<table id=\"data-runs\"><tr><th>days</th><th>ran at</th><th>legacy records</th><th>core records</th>");
        foreach (var kind in DifferenceKinds)
        {
            html.Append($"<th>{kind}</th>");
        }

        html.Append("<th>quarantined</th><th>reconciled</th></tr>");
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            html.Append($"<tr id=\"data-run-{i + 1}\"><td>{Days(run)}</td><td>{HtmlReport.Time(run.RanAt)}</td>")
                .Append($"<td class=\"num\">{run.LegacyRecords}</td><td class=\"num\">{run.CoreRecords}</td>");
            foreach (var kind in DifferenceKinds)
            {
                html.Append($"<td class=\"num\">{Count(run, kind)}</td>");
            }

            html.Append($"<td class=\"num\">{run.Quarantined.Count}</td>")
                .Append(run.Reconciled ? "<td class=\"passed\">yes</td>" : "<td class=\"failed\">no</td>")
                .Append("</tr>");
        }

        html.Append("</table>\n");
    }

    private static void Differences(StringBuilder html, IReadOnlyList<DataParityRun> runs)
    {
        html.Append("<h3>Differing records</h3><table id=\"data-findings\"><tr><th>days</th><th>key</th><th>kind</th>")
            .Append("<th>difference</th><th>fields</th></tr>\n");
        var row = 0;
        foreach (var run in runs)
        {
            foreach (var d in run.Differences)
            {
                // Row ids are positions; the key goes only into an encoded data attribute, never into an id.
                row++;
                html.Append($"<tr id=\"data-finding-{row}\" data-key=\"{Markup.Encode(d.Key)}\"><td>{Days(run)}</td>")
                    .Append($"<td class=\"mono\">{Markup.Encode(d.Key)}</td><td>{Markup.Encode(d.Kind)}</td><td>{Markup.Encode(d.Difference)}");
                if (d.DuplicateOf is not null)
                {
                    html.Append($", duplicate of <span class=\"mono\">{Markup.Encode(d.DuplicateOf)}</span>");
                }

                html.Append("</td><td>");
                HtmlReport.FieldsDrillDown(html, d.Fields);
                html.Append("</td></tr>\n");
            }
        }

        if (row == 0)
        {
            html.Append("<tr><td colspan=\"5\">No differing record.</td></tr>");
        }

        html.Append("</table>\n");
    }

    private static void Quarantined(StringBuilder html, IReadOnlyList<DataParityRun> runs)
    {
        html.Append("<h3>Quarantined legacy records</h3><table id=\"quarantined\"><tr><th>days</th><th>interface</th>")
            .Append("<th>legacy key</th><th>record day</th><th>reason</th></tr>\n");
        var rows = 0;
        foreach (var run in runs)
        {
            foreach (var q in run.Quarantined)
            {
                rows++;
                html.Append($"<tr><td>{Days(run)}</td><td>{Markup.Encode(q.Interface)}</td><td class=\"mono\">{Markup.Encode(q.LegacyKey)}</td>")
                    .Append($"<td>{(q.Day is null ? "<span class=\"absent\">unknown</span>" : Markup.Encode(q.Day))}</td><td>{Markup.Encode(q.Reason)}</td></tr>\n");
            }
        }

        if (rows == 0)
        {
            html.Append("<tr><td colspan=\"5\">No quarantined record.</td></tr>");
        }

        html.Append("</table>\n");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
