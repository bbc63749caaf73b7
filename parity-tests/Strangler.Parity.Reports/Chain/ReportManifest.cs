namespace Strangler.Parity.Reports.Chain;

/// <summary>
/// The manifest.json of a report: the SHA-256 of each file, the link to the previous report's manifest (null for the
/// first report of a chain) and a seal over the manifest itself, so that any edit of it is visible even on the newest
/// report, which no later link covers yet.
/// </summary>
public sealed record ReportManifest(
    string Format,
    long Sequence,
    string Unit,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset GeneratedAt,
    string? PreviousManifestSha256,
    IReadOnlyList<ManifestEntry> Files,
    string? Seal)
{
    public const string CurrentFormat = "strangler-parity-report/1";
}

/// <summary>One file of a report as the manifest records it.</summary>
public sealed record ManifestEntry(string Name, long Bytes, string Sha256);
