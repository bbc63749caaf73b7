namespace Strangler.Parity.Reports.Chain;

/// <summary>
/// The link between the report chain and the cut-over change log: each manifest names the newest change-log entry
/// (seq and hash) when its report was made, and that entry must still be in the log with that hash. The change log
/// is hash-chained in the facade, so an entry rewritten there changes its hash, and one removed is missing here.
/// </summary>
internal static class ChangeLogLink
{
    public static void Check(
        IEnumerable<(string Name, ReportManifest Manifest)> reports,
        IReadOnlyList<ChangeLogEntry> changeLog,
        List<ChainProblem> problems)
    {
        // A lookup rather than a dictionary: a log holding one seq twice is itself suspect, and every copy must match.
        var bySeq = changeLog.ToLookup(e => e.Seq);
        foreach (var (name, manifest) in reports)
        {
            if (manifest.ChangeLogHead is not { } head)
            {
                continue;
            }

            var report = manifest.Sequence.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var entries = bySeq[head.Seq].ToList();
            if (entries.Count == 0)
            {
                problems.Add(new(ChainProblemKind.ChangeLogEntryMissing, name, ReportFiles.Manifest,
                    $"change-log entry {head.Seq} that report {report} was made after is missing from the change log"));
            }
            else if (entries.Find(e => !string.Equals(e.Hash, head.Hash, StringComparison.OrdinalIgnoreCase)) is { } altered)
            {
                problems.Add(new(ChainProblemKind.ChangeLogEntryAltered, name, ReportFiles.Manifest,
                    $"change-log entry {head.Seq} differs from the one report {report} was made after: " +
                    $"its hash is {altered.Hash} in the change log, {head.Hash} in the manifest"));
            }
        }
    }
}
