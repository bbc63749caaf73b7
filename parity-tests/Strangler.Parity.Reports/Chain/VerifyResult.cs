namespace Strangler.Parity.Reports.Chain;

/// <summary>
/// The answer of <see cref="ReportChain.Verify"/>: intact or not, the problems found, and the newest manifest's SHA-256
/// (the value to publish or keep elsewhere and pass back as the expected head next time). A CLI prints
/// <see cref="ToText"/> and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed record VerifyResult(int ReportsChecked, string? HeadManifestSha256, IReadOnlyList<ChainProblem> Problems)
{
    public bool IsIntact => Problems.Count == 0;

    /// <summary>0 when intact, 1 when anything was altered, removed or added.</summary>
    public int ExitCode => IsIntact ? 0 : 1;

    public string ToText()
    {
        var head = HeadManifestSha256 ?? "none";
        var lines = new List<string> { $"{ReportsChecked} report(s) checked; head manifest sha256 {head}" };
        lines.AddRange(Problems.Select(p => p.ToString()));
        lines.Add(IsIntact ? "intact" : $"NOT INTACT: {Problems.Count} problem(s)");
        return string.Join('\n', lines) + "\n";
    }
}
