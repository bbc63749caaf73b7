using Strangler.Parity.Reports.Html;

namespace Strangler.Parity.Reports.Tests.Html;

public sealed class HtmlReportTests
{
    private readonly string _html = HtmlReport.Write(ReportSamples.Air());

    [Fact]
    public void Hostile_values_are_html_encoded_and_never_appear_as_markup()
    {
        Assert.DoesNotContain("<script", _html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, &quot;quoted&quot;", _html, StringComparison.Ordinal);
        Assert.Contains("ACME &quot;HK&quot;, Ltd", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_loads_nothing_from_outside()
    {
        Assert.DoesNotContain("src=", _html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", _html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_has_the_three_charts_the_gates_the_change_log_and_a_drill_down_per_differing_finding()
    {
        Assert.Contains("<svg id=\"chart-parity-rate\"", _html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-differences\"", _html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-latency\"", _html, StringComparison.Ordinal);
        Assert.Contains("<td>parity rate 7 days</td><td>≥ 99.9 %</td><td>75.00 %</td><td class=\"failed\">not passed</td>", _html, StringComparison.Ordinal);
        Assert.Contains("<td>ops.lee</td><td>legacy</td><td>shadow</td><td>start shadowing air</td>", _html, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(_html, "<details>"));
        Assert.Contains("<td class=\"num\" id=\"parity-rate\">75.00 %</td>", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_absent_on_one_side_is_shown_as_absent()
    {
        Assert.Contains("<td class=\"mono\">DETAIN</td><td class=\"mono\"><span class=\"absent\">absent</span></td>", _html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_without_findings_still_draws_three_empty_charts()
    {
        var html = HtmlReport.Write(ReportSamples.Air() with { Findings = [] });

        Assert.Equal(3, CountOf(html, "No findings in this period"));
        Assert.Contains("<td class=\"num\" id=\"parity-rate\">n/a</td>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
