using System.Text.Json.Serialization;

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

    /// <summary>
    /// The newest change-log entry when the report was made, sealed with the rest. Left out of the JSON when null, so a
    /// manifest written before this field existed reads back to exactly its own bytes and its seal still verifies.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChangeLogHead? ChangeLogHead { get; init; }
}

/// <summary>One file of a report as the manifest records it.</summary>
public sealed record ManifestEntry(string Name, long Bytes, string Sha256);
