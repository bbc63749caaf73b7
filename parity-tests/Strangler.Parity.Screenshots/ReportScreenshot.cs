using Microsoft.Playwright;
using Strangler.Parity.Reports;

namespace Strangler.Parity.Screenshots;

/// <summary>
/// Renders a report folder's report.html in the machine's headless Chromium and saves a full-page PNG.
/// From a C# script or the CLI: <c>await ReportScreenshot.SaveAsync("reports/air/000001-air-20261101", "report.png");</c>
/// </summary>
public static class ReportScreenshot
{
    /// <summary>The browser launch every report check uses: the Debian Chromium, headless, without the sandbox (root in CI).</summary>
    public static BrowserTypeLaunchOptions LaunchOptions(string? chromiumPath = null) => new()
    {
        ExecutablePath = chromiumPath ?? ChromiumLocator.Find()
            ?? throw new InvalidOperationException("No chromium on PATH: install Debian's chromium package."),
        Headless = true,
        Args = ["--no-sandbox"],
    };

    /// <summary>The file:// address of a report folder's HTML page.</summary>
    public static string ReportUrl(string reportFolder) => new Uri(Path.GetFullPath(Path.Combine(reportFolder, ReportFiles.Html))).AbsoluteUri;

    public static async Task SaveAsync(string reportFolder, string pngPath, string? chromiumPath = null)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(LaunchOptions(chromiumPath));
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(ReportUrl(reportFolder));
        await page.ScreenshotAsync(new() { Path = pngPath, FullPage = true });
    }
}
