using Strangler.Parity.Reports.Chain;

namespace Strangler.Parity.Reports.Tests.Chain;

public sealed class ReportChainTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<WrittenReport> _reports = [];

    public ReportChainTests()
    {
        for (var i = 0; i < 3; i++)
        {
            _reports.Add(ReportChain.Append(_temp.Path, ReportSamples.Air(day: 3 * i)));
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Each_report_links_to_the_previous_manifest_and_an_untouched_chain_verifies()
    {
        Assert.Equal(["000001-air-20261101", "000002-air-20261104", "000003-air-20261107"], _reports.Select(r => Path.GetFileName(r.Folder)));
        Assert.Null(_reports[0].Manifest.PreviousManifestSha256);
        Assert.Equal(_reports[0].ManifestSha256, _reports[1].Manifest.PreviousManifestSha256);
        Assert.Equal(_reports[1].ManifestSha256, _reports[2].Manifest.PreviousManifestSha256);

        var result = ReportChain.Verify(_temp.Path, expectedHeadSha256: _reports[2].ManifestSha256);

        Assert.True(result.IsIntact, result.ToText());
        Assert.Equal(3, result.ReportsChecked);
        Assert.Equal(_reports[2].ManifestSha256, result.HeadManifestSha256);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData(0, "report.html")]
    [InlineData(1, "findings.csv")]
    [InlineData(2, "findings.json")]
    public void Changing_one_byte_of_a_file_names_that_report_and_file(int report, string file)
    {
        FlipByte(Path.Combine(_reports[report].Folder, file), position: 100);

        var result = ReportChain.Verify(_temp.Path);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ChainProblemKind.FileAltered, problem.Kind);
        Assert.Equal(Path.GetFileName(_reports[report].Folder), problem.Report);
        Assert.Equal(file, problem.File);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Changing_one_byte_of_a_middle_manifest_breaks_its_seal_and_the_next_link()
    {
        var manifest = Path.Combine(_reports[1].Folder, "manifest.json");
        var text = File.ReadAllText(manifest);
        File.WriteAllText(manifest, text.Replace("\"unit\": \"air\"", "\"unit\": \"sea\"", StringComparison.Ordinal));

        var result = ReportChain.Verify(_temp.Path);

        Assert.Equal(
            [(ChainProblemKind.ManifestAltered, "000002-air-20261104"), (ChainProblemKind.LinkBroken, "000003-air-20261107")],
            result.Problems.Select(p => (p.Kind, p.Report)));
    }

    [Fact]
    public void An_edit_of_the_newest_manifest_that_keeps_it_valid_json_is_caught_by_its_seal()
    {
        var manifest = Path.Combine(_reports[2].Folder, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"sequence\": 3", "\"sequence\":  3", StringComparison.Ordinal));

        var problem = Assert.Single(ReportChain.Verify(_temp.Path).Problems);

        Assert.Equal((ChainProblemKind.ManifestAltered, "000003-air-20261107"), (problem.Kind, problem.Report));
    }

    [Fact]
    public void Removing_a_report_in_the_middle_breaks_the_sequence_and_the_link_of_the_next()
    {
        Directory.Delete(_reports[1].Folder, recursive: true);

        var result = ReportChain.Verify(_temp.Path);

        Assert.Equal(
            [(ChainProblemKind.SequenceBroken, "000003-air-20261107"), (ChainProblemKind.LinkBroken, "000003-air-20261107")],
            result.Problems.Select(p => (p.Kind, p.Report)));
    }

    [Fact]
    public void Removing_the_first_report_leaves_a_link_to_nothing()
    {
        Directory.Delete(_reports[0].Folder, recursive: true);

        var kinds = ReportChain.Verify(_temp.Path).Problems.Select(p => (p.Kind, p.Report));

        Assert.Equal([(ChainProblemKind.SequenceBroken, "000002-air-20261104"), (ChainProblemKind.LinkBroken, "000002-air-20261104")], kinds);
    }

    [Fact]
    public void Removing_the_newest_report_is_caught_against_the_kept_head_hash()
    {
        Directory.Delete(_reports[2].Folder, recursive: true);

        var problem = Assert.Single(ReportChain.Verify(_temp.Path, _reports[2].ManifestSha256).Problems);

        Assert.Equal(ChainProblemKind.HeadMismatch, problem.Kind);
        Assert.Equal("000002-air-20261104", problem.Report);
    }

    [Fact]
    public void A_removed_file_and_an_added_file_are_both_named()
    {
        File.Delete(Path.Combine(_reports[0].Folder, "findings.csv"));
        File.WriteAllText(Path.Combine(_reports[0].Folder, "notes.txt"), "added later");

        var result = ReportChain.Verify(_temp.Path);

        Assert.Equal(
            [(ChainProblemKind.FileMissing, "findings.csv"), (ChainProblemKind.UnexpectedFile, "notes.txt")],
            result.Problems.Select(p => (p.Kind, p.File)));
    }

    [Fact]
    public void Any_single_byte_changed_anywhere_in_the_chain_is_detected()
    {
        var files = _reports.SelectMany(r => Directory.GetFiles(r.Folder)).Order(StringComparer.Ordinal).ToList();
        var random = new Random(20261127);
        for (var round = 0; round < 300; round++)
        {
            var file = files[random.Next(files.Count)];
            var original = File.ReadAllBytes(file);
            var position = random.Next(original.Length);
            var altered = (byte[])original.Clone();
            altered[position] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(file, altered);

            var result = ReportChain.Verify(_temp.Path);

            Assert.False(result.IsIntact, $"{file} byte {position} changed unnoticed");
            Assert.Contains(result.Problems, p => p.Report == Path.GetFileName(Path.GetDirectoryName(file)));
            File.WriteAllBytes(file, original);
        }

        Assert.True(ReportChain.Verify(_temp.Path).IsIntact);
    }

    [Fact]
    public void A_chain_that_does_not_verify_is_not_extended()
    {
        FlipByte(Path.Combine(_reports[0].Folder, "report.html"), position: 10);

        var error = Assert.Throws<InvalidOperationException>(() => ReportChain.Append(_temp.Path, ReportSamples.Air(day: 9)));

        Assert.Contains("000001-air-20261101/report.html: FileAltered", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetDirectories(_temp.Path).Length);
    }

    [Fact]
    public void Verifying_a_missing_folder_says_so()
    {
        var problem = Assert.Single(ReportChain.Verify(_temp.Combine("nowhere")).Problems);

        Assert.Equal(ChainProblemKind.ChainMissing, problem.Kind);
    }

    private static void FlipByte(string path, int position)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[position] ^= 0x01;
        File.WriteAllBytes(path, bytes);
    }
}
