using Strangler.Parity.Reports.Html;

namespace Strangler.Parity.Reports.Tests.Html;

public sealed class DataParitySectionTests
{
    private readonly string _html = HtmlReport.Write(ReportSamples.AirWithData());

    [Fact]
    public void Each_run_has_a_summary_row_with_its_days_records_and_counts_per_difference()
    {
        Assert.Contains(
            "<tr id=\"data-run-1\"><td>2026-11-01 to 2026-11-03</td><td>2026-11-04 00:02:00</td>"
            + "<td class=\"num\">1000</td><td class=\"num\">999</td><td class=\"num\">4</td><td class=\"num\">2</td>"
            + "<td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"failed\">no</td></tr>",
            _html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<tr id=\"data-run-2\"><td>2026-11-04</td><td>2026-11-05 00:01:00</td><td class=\"num\">300</td><td class=\"num\">300</td>"
            + "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
            + "<td class=\"passed\">yes</td></tr>",
            _html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Every_differing_record_is_a_row_and_fields_open_in_a_drill_down()
    {
        Assert.Equal(8, CountOf(_html, "<tr id=\"data-finding-"));
        Assert.Contains(
            "<tr id=\"data-finding-1\" data-key=\"AWB-160-1|1\"><td>2026-11-01 to 2026-11-03</td><td class=\"mono\">AWB-160-1|1</td>"
            + "<td>air-waybill</td><td>differing</td><td><details><summary>2 fields</summary>",
            _html,
            StringComparison.Ordinal);
        Assert.Contains("<td class=\"mono\">charge</td><td class=\"mono\">1200.00</td><td class=\"mono\">1210.00</td>", _html, StringComparison.Ordinal);
        Assert.Contains("<td>duplicate, duplicate of <span class=\"mono\">AWB-160-3|1</span></td><td>none</td>", _html, StringComparison.Ordinal);

        // Three findings drill-downs and one for the differing record.
        Assert.Equal(4, CountOf(_html, "<details>"));
    }

    [Fact]
    public void Quarantined_records_are_listed_with_interface_key_day_and_reason()
    {
        Assert.Contains(
            "<td>2026-11-01 to 2026-11-03</td><td>eman</td><td class=\"mono\">LEG-77</td><td>2026-11-02</td>"
            + "<td>no consignee: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, &quot;quoted&quot;&#xD;&#xA;next line</td></tr>",
            _html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_keys_values_and_reasons_are_encoded_and_the_page_still_has_no_script()
    {
        const string encoded = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, &quot;quoted&quot;&#xD;&#xA;next line";
        Assert.DoesNotContain("<script", _html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"data-key=\"{encoded}\"", _html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"mono\">consignee</td><td class=\"mono\">{encoded}</td><td class=\"mono\"><span class=\"absent\">absent</span></td>", _html, StringComparison.Ordinal);
        Assert.Equal(5, CountOf(_html, encoded)); // finding F-4, the field, the extra key (attribute and cell), the reason
    }

    [Fact]
    public void The_data_chart_has_a_bar_per_run_and_kind()
    {
        Assert.Contains("<section id=\"data-parity\"><h2>Data parity</h2>", _html, StringComparison.Ordinal);
        var start = _html.IndexOf("<svg id=\"chart-data-differences\"", StringComparison.Ordinal);
        var chart = _html[start.._html.IndexOf("</svg>", start, StringComparison.Ordinal)];
        Assert.Equal(2 * 5 + 5, CountOf(chart, "<rect")); // two runs of five kinds, five legend keys
        Assert.Contains("<title>2026-11-01 to 2026-11-03 missing: 4</title>", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_names_the_change_log_head_the_report_was_made_after()
    {
        Assert.Contains("<p id=\"change-log-head\">Made after change-log entry 7, hash <span class=\"mono\">7f3e0c9a</span>.</p>", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_store_parity_runs_the_section_says_so_and_has_no_tables()
    {
        var html = HtmlReport.Write(ReportSamples.Air());

        Assert.Contains("<section id=\"data-parity\"><h2>Data parity</h2><p>No store-parity run in this period.</p></section>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"data-findings\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-data-differences", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"change-log-head\">No change-log head was recorded for this report.</p>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
