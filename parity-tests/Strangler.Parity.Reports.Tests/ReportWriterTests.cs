using System.Security.Cryptography;
using System.Text.Json;

namespace Strangler.Parity.Reports.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public void Writing_a_report_creates_the_four_files_and_a_manifest_with_their_sha256()
    {
        using var temp = new TempFolder();
        var written = ReportWriter.Write(ReportSamples.Air(), temp.Path);

        Assert.Equal(
            ["data-findings.csv", "findings.csv", "findings.json", "manifest.json", "report.html"],
            Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["report.html", "findings.csv", "findings.json", "data-findings.csv"], written.Manifest.Files.Select(f => f.Name));
        foreach (var entry in written.Manifest.Files)
        {
            var bytes = File.ReadAllBytes(temp.Combine(entry.Name));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.Sha256);
            Assert.Equal(bytes.LongLength, entry.Bytes);
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(temp.Combine("manifest.json")))), written.ManifestSha256);
        Assert.Equal(1, written.Manifest.Sequence);
        Assert.Null(written.Manifest.PreviousManifestSha256);
        Assert.Equal("air", written.Manifest.Unit);
    }

    [Fact]
    public void The_same_input_always_gives_the_same_bytes()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();

        var first = ReportWriter.Write(ReportSamples.Air(), a.Path);
        var second = ReportWriter.Write(ReportSamples.Air(), b.Path);

        Assert.Equal(first.ManifestSha256, second.ManifestSha256);
    }

    [Fact]
    public void Findings_json_carries_the_findings_with_the_issue_class_names_and_escapes_markup()
    {
        using var temp = new TempFolder();
        ReportWriter.Write(ReportSamples.Air(), temp.Path);
        var text = File.ReadAllText(temp.Combine("findings.json"));
        using var json = JsonDocument.Parse(text);

        var findings = json.RootElement.GetProperty("findings");
        Assert.Equal(4, findings.GetArrayLength());
        Assert.Equal("air", json.RootElement.GetProperty("unit").GetString());
        Assert.Equal("risk-outcome", findings[2].GetProperty("class").GetString());
        Assert.Equal(JsonValueKind.Null, findings[2].GetProperty("fields")[0].GetProperty("core").ValueKind);
        Assert.Equal(ReportSamples.Hostile, findings[3].GetProperty("fields")[1].GetProperty("legacy").GetString());
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_covers_data_findings_csv_and_seals_the_change_log_head()
    {
        using var temp = new TempFolder();
        var written = ReportWriter.Write(ReportSamples.AirWithData(), temp.Path);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(temp.Combine("manifest.json")));

        var data = written.Manifest.Files.Single(f => f.Name == "data-findings.csv");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(temp.Combine("data-findings.csv")))), data.Sha256);
        Assert.Equal(new ChangeLogHead(7, "7f3e0c9a"), written.Manifest.ChangeLogHead);
        var head = manifest.RootElement.GetProperty("changeLogHead");
        Assert.Equal(7, head.GetProperty("seq").GetInt64());
        Assert.Equal("7f3e0c9a", head.GetProperty("hash").GetString());

        // The head is sealed with the rest: a report of the same data after another change-log entry is another manifest.
        using var other = new TempFolder();
        var later = ReportWriter.Write(ReportSamples.AirWithData() with { ChangeLogHead = new(8, "0b1d") }, other.Path);
        Assert.NotEqual(written.Manifest.Seal, later.Manifest.Seal);
    }

    [Fact]
    public void A_report_without_a_change_log_head_leaves_the_field_out_of_the_manifest()
    {
        using var temp = new TempFolder();
        var written = ReportWriter.Write(ReportSamples.Air(), temp.Path);

        Assert.Null(written.Manifest.ChangeLogHead);
        Assert.DoesNotContain("changeLogHead", File.ReadAllText(temp.Combine("manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_json_carries_the_store_parity_runs_with_reconciled_and_the_change_log_head()
    {
        using var temp = new TempFolder();
        ReportWriter.Write(ReportSamples.AirWithData(), temp.Path);
        using var json = JsonDocument.Parse(File.ReadAllBytes(temp.Combine("findings.json")));

        var runs = json.RootElement.GetProperty("dataParity");
        Assert.Equal(2, runs.GetArrayLength());
        Assert.Equal("2026-11-01", runs[0].GetProperty("firstDay").GetString());
        Assert.Equal(999, runs[0].GetProperty("coreRecords").GetInt64());
        Assert.False(runs[0].GetProperty("reconciled").GetBoolean());
        Assert.True(runs[1].GetProperty("reconciled").GetBoolean());
        Assert.Equal("AWB-160-3|1", runs[0].GetProperty("differences")[5].GetProperty("duplicateOf").GetString());
        Assert.Equal("LEG-77", runs[0].GetProperty("quarantined")[0].GetProperty("legacyKey").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("changeLogHead").GetProperty("seq").GetInt64());
    }
}
