using System.Text;
using Strangler.Contracts.CodeLists;
using Strangler.Parity.Reports.Chain;
using Strangler.Parity.Reports.Csv;
using Strangler.Parity.Reports.Html;
using Strangler.Parity.Reports.Json;

namespace Strangler.Parity.Reports;

/// <summary>
/// Writes one report folder: report.html, findings.csv, findings.json, data-findings.csv and the sealed manifest.json
/// over them, which also names the change-log head the report was made after.
/// </summary>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a stand-alone report (the first of its own chain). Use <see cref="ReportChain.Append"/> to chain reports.</summary>
    public static WrittenReport Write(ParityReportInput input, string folder) => Write(input, folder, sequence: 1, previousManifestSha256: null);

    internal static WrittenReport Write(ParityReportInput input, string folder, long sequence, string? previousManifestSha256)
    {
        ArgumentNullException.ThrowIfNull(input);
        Directory.CreateDirectory(folder);
        var contents = new Dictionary<string, byte[]>
        {
            [ReportFiles.Html] = Utf8.GetBytes(HtmlReport.Write(input)),
            [ReportFiles.Csv] = Utf8.GetBytes(FindingsCsv.Write(input.Findings)),
            [ReportFiles.Json] = ReportJson.Serialize(input),
            [ReportFiles.DataCsv] = Utf8.GetBytes(DataFindingsCsv.Write(input.DataParity)),
        };

        var entries = new List<ManifestEntry>();
        foreach (var name in ReportFiles.Covered)
        {
            File.WriteAllBytes(Path.Combine(folder, name), contents[name]);
            entries.Add(new ManifestEntry(name, contents[name].LongLength, Sha256Hex.Of(contents[name])));
        }

        var manifest = new ReportManifest(
            ReportManifest.CurrentFormat,
            sequence,
            input.Unit.Name(),
            input.PeriodStart,
            input.PeriodEnd,
            input.GeneratedAt,
            previousManifestSha256,
            entries,
            Seal: null)
        {
            ChangeLogHead = input.ChangeLogHead,
        };
        var manifestBytes = ManifestCodec.Seal(manifest);
        File.WriteAllBytes(Path.Combine(folder, ReportFiles.Manifest), manifestBytes);
        var (sealedManifest, _) = ManifestCodec.Read(manifestBytes);
        return new WrittenReport(folder, sealedManifest!, Sha256Hex.Of(manifestBytes));
    }
}

/// <summary>A report as written: its folder, its manifest and the SHA-256 of manifest.json (what the next report links to).</summary>
public sealed record WrittenReport(string Folder, ReportManifest Manifest, string ManifestSha256);
