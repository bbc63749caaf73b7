namespace Strangler.Local;

/// <summary>
/// Finds the contract samples the same way the tests do: <c>STRANGLER_CONTRACTS</c>, else
/// <c>../shared/contracts</c> beside the repository (the folder holding Strangler.sln).
/// </summary>
internal static class SamplesFolder
{
    /// <summary>The <c>samples</c> folder, or null when there is none.</summary>
    public static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("STRANGLER_CONTRACTS");
        if (!string.IsNullOrEmpty(configured))
        {
            return Existing(Path.Combine(configured, "samples"));
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Strangler.sln")))
                {
                    return Existing(Path.Combine(dir.FullName, "..", "shared", "contracts", "samples"));
                }
            }
        }

        return null;
    }

    private static string? Existing(string path)
    {
        var full = Path.GetFullPath(path);
        return Directory.Exists(full) ? full : null;
    }
}
