using Microsoft.Playwright;
using Strangler.Parity.Screenshots;

namespace Strangler.Parity.Reports.Tests.Screenshots;

/// <summary>The written report opened from disk in the machine's headless Chromium (Debian package; never downloaded).</summary>
public sealed class ReportInChromiumTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_report_renders_with_its_charts_and_drill_downs_that_show_the_differing_values()
    {
        var report = ReportWriter.Write(ReportSamples.AirWithData(), _temp.Combine("report"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ReportScreenshot.LaunchOptions());
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var dialogs = 0;
        page.Dialog += (_, dialog) => dialogs++;

        await page.GotoAsync(ReportScreenshot.ReportUrl(report.Folder));

        Assert.Equal("Parity report: air, 2026-11-01 to 2026-11-04", await page.TitleAsync());
        foreach (var id in new[] { "chart-parity-rate", "chart-differences", "chart-latency", "chart-data-differences" })
        {
            var chart = page.Locator($"svg#{id}");
            Assert.True(await chart.IsVisibleAsync(), id);
            var box = await chart.BoundingBoxAsync();
            Assert.Equal(722, box!.Width); // 720 px of drawing and a 1 px border each side
        }

        Assert.Equal(3, await page.Locator("#chart-parity-rate circle").CountAsync());
        Assert.Equal(4 * 2 + 2, await page.Locator("#chart-latency rect").CountAsync()); // four points for both sides, two legend keys

        var mismatch = page.Locator("tr[data-finding-id='F-4']");
        var consigneeCell = mismatch.Locator("table.fields td", new() { HasText = "ACME" });
        Assert.False(await consigneeCell.IsVisibleAsync());
        await mismatch.Locator("summary").ClickAsync();
        Assert.True(await consigneeCell.IsVisibleAsync());
        Assert.Equal("ACME \"HK\", Ltd", await consigneeCell.InnerTextAsync());
        var legacyValue = await mismatch.Locator("table.fields tr:nth-child(3) td:nth-child(2)").TextContentAsync();
        Assert.Equal(ReportSamples.Hostile, legacyValue);
        Assert.Equal("1210.00", await mismatch.Locator("table.fields tr:nth-child(2) td:nth-child(3)").InnerTextAsync());

        // The data-parity section: the run summary, and the differing record's fields behind its drill-down.
        Assert.True(await page.Locator("section#data-parity").IsVisibleAsync());
        Assert.Equal("no", await page.Locator("#data-run-1 td:last-child").InnerTextAsync());
        var differing = page.Locator("#data-findings tr[data-key='AWB-160-1|1']");
        var chargeCore = differing.Locator("table.fields tr:nth-child(2) td:nth-child(3)");
        Assert.False(await chargeCore.IsVisibleAsync());
        await differing.Locator("summary").ClickAsync();
        Assert.True(await chargeCore.IsVisibleAsync());
        Assert.Equal("1210.00", await chargeCore.InnerTextAsync());
        Assert.Equal(ReportSamples.Hostile, await differing.Locator("table.fields tr:nth-child(3) td:nth-child(2)").TextContentAsync());
        Assert.Equal(ReportSamples.Hostile, await page.Locator("#data-findings tr:nth-child(8)").GetAttributeAsync("data-key"));
        Assert.Equal(1, await page.Locator("#quarantined td", new() { HasText = "LEG-77" }).CountAsync());

        // Only the page itself was loaded, and the hostile value stayed text: no script ran.
        Assert.Equal([ReportScreenshot.ReportUrl(report.Folder)], requests);
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("script").CountAsync());

        var png = _temp.Combine("in-test.png");
        await page.ScreenshotAsync(new() { Path = png, FullPage = true });
        AssertPng(png);
    }

    [Fact]
    public async Task The_screenshot_command_saves_a_png_of_the_report()
    {
        var report = ReportWriter.Write(ReportSamples.Air(), _temp.Combine("report"));
        var png = _temp.Combine("report.png");

        await ReportScreenshot.SaveAsync(report.Folder, png);

        AssertPng(png);
    }

    private static void AssertPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{bytes.Length} bytes");
        Assert.Equal(PngSignature, bytes[..8]);
    }
}
