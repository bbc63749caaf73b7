using System.Security.Cryptography;
using System.Text.Json;

namespace Strangler.Parity.Reports.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public void Writing_a_report_creates_the_three_files_and_a_manifest_with_their_sha256()
    {
        using var temp = new TempFolder();
        var written = ReportWriter.Write(ReportSamples.Air(), temp.Path);

        Assert.Equal(
            ["findings.csv", "findings.json", "manifest.json", "report.html"],
            Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["report.html", "findings.csv", "findings.json"], written.Manifest.Files.Select(f => f.Name));
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
}
