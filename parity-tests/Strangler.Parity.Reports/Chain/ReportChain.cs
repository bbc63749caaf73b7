using System.Globalization;
using Strangler.Contracts.CodeLists;

namespace Strangler.Parity.Reports.Chain;

/// <summary>
/// A folder of reports, one sub-folder each, where every manifest carries the SHA-256 of the previous report's
/// manifest. Changing any byte of any report, or removing or inserting a report, breaks a seal, a file hash or a link.
/// Removing the newest report is only visible against a head hash kept elsewhere (pass it as expectedHeadSha256).
/// </summary>
public static class ReportChain
{
    /// <summary>Writes the next report of the chain into a new sub-folder; refuses to extend a chain that does not verify.</summary>
    public static WrittenReport Append(string chainFolder, ParityReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Directory.CreateDirectory(chainFolder);
        var (result, head) = Check(chainFolder, expectedHeadSha256: null);
        if (!result.IsIntact)
        {
            throw new InvalidOperationException("The report chain does not verify, so it is not extended:\n" + result.ToText());
        }

        var sequence = (head?.Sequence ?? 0) + 1;
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{sequence:D6}-{input.Unit.Name()}-{Contracts.Time.HongKongTime.Date(input.PeriodStart):yyyyMMdd}");

        // Written aside and renamed into place, so a reader or a concurrent writer never sees half a report.
        var staging = Path.Combine(chainFolder, "." + name + "-" + Guid.NewGuid().ToString("N"));
        var written = ReportWriter.Write(input, staging, sequence, result.HeadManifestSha256);
        var target = Path.Combine(chainFolder, name);
        try
        {
            Directory.Move(staging, target);
        }
        catch (IOException)
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        return written with { Folder = target };
    }

    /// <summary>Recomputes every file hash, seal and link of the chain in <paramref name="chainFolder"/>.</summary>
    public static VerifyResult Verify(string chainFolder, string? expectedHeadSha256 = null) => Check(chainFolder, expectedHeadSha256).Result;

    /// <summary>
    /// As <see cref="Verify(string, string?)"/>, and also checks the chain against the current cut-over change log (the
    /// whole log, all units): every report whose manifest names a change-log head must find that entry in
    /// <paramref name="changeLog"/> with the same hash. Reports written before manifests named a head are not checked.
    /// </summary>
    public static VerifyResult Verify(string chainFolder, IReadOnlyList<ChangeLogEntry> changeLog, string? expectedHeadSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(changeLog);
        return Check(chainFolder, expectedHeadSha256, changeLog).Result;
    }

    private static (VerifyResult Result, ReportManifest? Head) Check(
        string chainFolder, string? expectedHeadSha256, IReadOnlyList<ChangeLogEntry>? changeLog = null)
    {
        var problems = new List<ChainProblem>();
        if (!Directory.Exists(chainFolder))
        {
            problems.Add(new(ChainProblemKind.ChainMissing, chainFolder, null, "the folder does not exist"));
            return (new VerifyResult(0, null, problems), null);
        }

        // Folders starting with a dot are reports still being written (or abandoned); they are not part of the chain.
        var reports = new List<(string Name, ReportManifest Manifest, string Sha256)>();
        foreach (var dir in Directory.GetDirectories(chainFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (!name.StartsWith('.') && ReportFolder.Check(dir, name, problems) is { } report)
            {
                reports.Add((name, report.Manifest, report.Sha256));
            }
        }

        reports.Sort((a, b) => a.Manifest.Sequence != b.Manifest.Sequence
            ? a.Manifest.Sequence.CompareTo(b.Manifest.Sequence)
            : string.CompareOrdinal(a.Name, b.Name));
        for (var i = 0; i < reports.Count; i++)
        {
            var (name, manifest, _) = reports[i];
            var expectedSequence = i == 0 ? 1 : reports[i - 1].Manifest.Sequence + 1;
            if (manifest.Sequence != expectedSequence)
            {
                problems.Add(new(ChainProblemKind.SequenceBroken, name, null,
                    $"sequence {manifest.Sequence} where {expectedSequence} was expected: a report was removed, added or renumbered"));
            }

            var expectedLink = i == 0 ? null : reports[i - 1].Sha256;
            if (!string.Equals(manifest.PreviousManifestSha256, expectedLink, StringComparison.Ordinal))
            {
                var detail = i == 0
                    ? "the first report links to a previous manifest that is not there: earlier reports were removed"
                    : $"the link does not equal the SHA-256 of {reports[i - 1].Name}/manifest.json: that manifest was altered or a report between them was removed";
                problems.Add(new(ChainProblemKind.LinkBroken, name, ReportFiles.Manifest, detail));
            }
        }

        if (changeLog is not null)
        {
            ChangeLogLink.Check(reports.Select(r => (r.Name, r.Manifest)), changeLog, problems);
        }

        var head = reports.Count == 0 ? ((string Name, ReportManifest Manifest, string Sha256)?)null : reports[^1];
        if (expectedHeadSha256 is not null && !string.Equals(head?.Sha256, expectedHeadSha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(ChainProblemKind.HeadMismatch, head?.Name ?? chainFolder, ReportFiles.Manifest,
                $"the newest manifest's SHA-256 is {head?.Sha256 ?? "none"}, not the expected {expectedHeadSha256}"));
        }

        return (new VerifyResult(reports.Count, head?.Sha256, problems), head?.Manifest);
    }
}
