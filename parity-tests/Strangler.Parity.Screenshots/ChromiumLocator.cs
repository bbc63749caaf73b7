namespace Strangler.Parity.Screenshots;

/// <summary>Finds the machine's Chromium (Debian's `chromium` package) on PATH; a browser is never downloaded.</summary>
public static class ChromiumLocator
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <summary>The first Chromium executable on PATH (as `which chromium` would answer), or null when there is none.</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in Names)
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
