namespace Strangler.Parity.Reports.Chain;

/// <summary>Checks one report folder against its own manifest: seal, every listed file, nothing unlisted.</summary>
internal static class ReportFolder
{
    /// <summary>The folder's manifest and its SHA-256 when it can be read (even if altered, so links are still checked); null otherwise.</summary>
    public static (ReportManifest Manifest, string Sha256)? Check(string dir, string name, List<ChainProblem> problems)
    {
        var manifestPath = Path.Combine(dir, ReportFiles.Manifest);
        if (!File.Exists(manifestPath))
        {
            problems.Add(new(ChainProblemKind.ManifestMissing, name, ReportFiles.Manifest, "the report has no manifest"));
            return null;
        }

        var bytes = File.ReadAllBytes(manifestPath);
        var (manifest, problem) = ManifestCodec.Read(bytes);
        if (manifest is null)
        {
            problems.Add(new(ChainProblemKind.ManifestUnreadable, name, ReportFiles.Manifest, problem!));
            return null;
        }

        if (problem is not null)
        {
            problems.Add(new(ChainProblemKind.ManifestAltered, name, ReportFiles.Manifest, problem));
        }

        var listed = new HashSet<string>(StringComparer.Ordinal) { ReportFiles.Manifest };
        foreach (var entry in manifest.Files)
        {
            listed.Add(entry.Name);
            CheckFile(dir, name, entry, problems);
        }

        foreach (var file in Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (!listed.Contains(file!))
            {
                problems.Add(new(ChainProblemKind.UnexpectedFile, name, file, "the manifest does not list this file"));
            }
        }

        return (manifest, Sha256Hex.Of(bytes));
    }

    private static void CheckFile(string dir, string name, ManifestEntry entry, List<ChainProblem> problems)
    {
        // A name that leaves the folder is treated as altered, never followed.
        var path = Path.GetFullPath(Path.Combine(dir, entry.Name));
        if (Path.GetFileName(path) != entry.Name || Path.GetDirectoryName(path) != Path.GetFullPath(dir))
        {
            problems.Add(new(ChainProblemKind.ManifestAltered, name, entry.Name, "the manifest names a file outside the report folder"));
            return;
        }

        if (!File.Exists(path))
        {
            problems.Add(new(ChainProblemKind.FileMissing, name, entry.Name, "the file is gone"));
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var actual = Sha256Hex.Of(bytes);
        if (bytes.LongLength != entry.Bytes || !string.Equals(actual, entry.Sha256, StringComparison.Ordinal))
        {
            problems.Add(new(ChainProblemKind.FileAltered, name, entry.Name,
                $"SHA-256 {actual} ({bytes.LongLength} bytes), the manifest says {entry.Sha256} ({entry.Bytes} bytes)"));
        }
    }
}
