using System.Security.Cryptography;
using System.Text;
using Strangler.Parity.Reports.Chain;

namespace Strangler.Parity.Reports.Tests.Chain;

public sealed class ChangeLogChainTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<ChangeLogEntry> _log = Enumerable.Range(1, 8).Select(Entry).ToList();

    public ChangeLogChainTests()
    {
        // Three reports made after change-log entries 3, 5 and 7.
        for (var i = 0; i < 3; i++)
        {
            var head = _log[2 + 2 * i];
            ReportChain.Append(_temp.Path, ReportSamples.AirWithData(day: 3 * i) with { ChangeLogHead = new(head.Seq, head.Hash) });
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_chain_verifies_against_the_change_log_it_was_made_with()
    {
        var result = ReportChain.Verify(_temp.Path, _log);

        Assert.True(result.IsIntact, result.ToText());
        Assert.Equal(3, result.ReportsChecked);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void An_altered_change_log_entry_is_named_with_the_report_made_after_it()
    {
        _log[6] = _log[6] with { Reason = "rewritten", Hash = Hash(99) };

        var result = ReportChain.Verify(_temp.Path, _log);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ChainProblemKind.ChangeLogEntryAltered, problem.Kind);
        Assert.Equal("000003-air-20261107", problem.Report);
        Assert.Equal(
            $"000003-air-20261107/manifest.json: ChangeLogEntryAltered: change-log entry 7 differs from the one report 000003 was made after: its hash is {Hash(99)} in the change log, {Hash(7)} in the manifest",
            problem.ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("NOT INTACT: 1 problem(s)\n", result.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_change_log_entry_is_missing_for_the_report_made_after_it()
    {
        _log.RemoveAt(4);

        var problem = Assert.Single(ReportChain.Verify(_temp.Path, _log).Problems);

        Assert.Equal(ChainProblemKind.ChangeLogEntryMissing, problem.Kind);
        Assert.Equal("000002-air-20261104", problem.Report);
        Assert.Equal("change-log entry 5 that report 000002 was made after is missing from the change log", problem.Detail);
    }

    [Fact]
    public void A_change_log_cut_back_is_missing_for_every_report_made_after_the_cut()
    {
        var result = ReportChain.Verify(_temp.Path, _log.Take(4).ToList());

        Assert.Equal(
            [(ChainProblemKind.ChangeLogEntryMissing, "000002-air-20261104"), (ChainProblemKind.ChangeLogEntryMissing, "000003-air-20261107")],
            result.Problems.Select(p => (p.Kind, p.Report)));
    }

    [Fact]
    public void A_change_log_holding_an_entry_twice_with_another_hash_is_reported_as_altered()
    {
        _log.Add(_log[2] with { Hash = Hash(33) });

        var problem = Assert.Single(ReportChain.Verify(_temp.Path, _log).Problems);

        Assert.Equal((ChainProblemKind.ChangeLogEntryAltered, "000001-air-20261101"), (problem.Kind, problem.Report));
    }

    [Fact]
    public void Verifying_without_the_change_log_does_not_look_at_it()
    {
        Assert.True(ReportChain.Verify(_temp.Path).IsIntact);
    }

    [Fact]
    public void A_manifest_of_the_older_format_without_a_change_log_head_still_verifies_and_extends()
    {
        using var chain = new TempFolder();
        var old = chain.Combine("000001-air-20261101");
        var manifestSha256 = WriteOlderFormatReport(old);

        var next = ReportChain.Append(chain.Path, ReportSamples.AirWithData(day: 3) with { ChangeLogHead = new(8, _log[7].Hash) });
        var result = ReportChain.Verify(chain.Path, _log);

        Assert.True(result.IsIntact, result.ToText());
        Assert.Equal(2, result.ReportsChecked);
        Assert.Equal(manifestSha256, next.Manifest.PreviousManifestSha256);
    }

    [Fact]
    public void An_older_format_manifest_edited_to_claim_a_change_log_head_is_caught_by_its_seal()
    {
        using var chain = new TempFolder();
        var old = chain.Combine("000001-air-20261101");
        WriteOlderFormatReport(old);
        var manifest = Path.Combine(old, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"seal\"", "\"changeLogHead\": { \"seq\": 1, \"hash\": \"" + Hash(1) + "\" },\n  \"seal\"", StringComparison.Ordinal));

        var problem = Assert.Single(ReportChain.Verify(chain.Path, _log).Problems);

        Assert.Equal(ChainProblemKind.ManifestAltered, problem.Kind);
    }

    /// <summary>A report as the writer made it before manifests named a change-log head: three files, hand-written JSON.</summary>
    private static string WriteOlderFormatReport(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new StringBuilder();
        foreach (var name in new[] { "report.html", "findings.csv", "findings.json" })
        {
            var bytes = Encoding.UTF8.GetBytes("old " + name);
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            files.Append(files.Length == 0 ? "" : ",\n")
                .Append($"    {{\n      \"name\": \"{name}\",\n      \"bytes\": {bytes.Length},\n      \"sha256\": \"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"\n    }}");
        }

        var unsealed = "{\n  \"format\": \"strangler-parity-report/1\",\n  \"sequence\": 1,\n  \"unit\": \"air\",\n"
            + "  \"periodStart\": \"2026-11-01T00:00:00+08:00\",\n  \"periodEnd\": \"2026-11-04T00:00:00+08:00\",\n"
            + "  \"generatedAt\": \"2026-11-04T00:05:00+08:00\",\n  \"previousManifestSha256\": null,\n"
            + $"  \"files\": [\n{files}\n  ],\n  \"seal\": null\n}}";
        var seal = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(unsealed)));
        var manifest = Encoding.UTF8.GetBytes(unsealed.Replace("\"seal\": null", $"\"seal\": \"{seal}\"", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(folder, "manifest.json"), manifest);
        return Convert.ToHexStringLower(SHA256.HashData(manifest));
    }

    private static ChangeLogEntry Entry(int seq) =>
        new(seq, ReportSamples.Start.AddHours(seq - 10), "ops.lee", "legacy", "shadow", $"change {seq}", Hash(seq));

    private static string Hash(int seq) => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(seq)));
}
