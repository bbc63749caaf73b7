using Microsoft.Extensions.Time.Testing;
using Strangler.Cli;
using Strangler.Contracts.Testing;

namespace Strangler.Cli.Tests;

public sealed class MessageCheckCommandTests
{
    private const string At = "2026-11-26T12:00:00+08:00";

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 4, 0, 0, TimeSpan.Zero));
        var exitCode = StranglerCommand.Run(args, output, error, clock);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string Sample(string relative) => Path.Combine(ContractSamples.SamplesRoot, relative);

    [Theory]
    [InlineData("gets/01-import-sea-accepted.edi")]
    [InlineData("gets/02-export-air-late-penalty.edi")]
    [InlineData("eman/01-sea-import-s1-accepted.edi")]
    [InlineData("eman/03-air-import-s2-accepted.edi")]
    [InlineData("accs/01-fwb-accepted.txt")]
    [InlineData("accs/02-fhl-accepted.txt")]
    [InlineData("accs/03-ffm-accepted.txt")]
    [InlineData("rocars/01-aci-accepted.xml")]
    [InlineData("rocars/04-bundle.xml")]
    public void A_valid_sample_exits_0_and_says_valid(string sample)
    {
        var (exitCode, output, _) = Run("message", "check", Sample(sample), "--at", At, "--fill-sample-placeholders");
        Assert.Equal(0, exitCode);
        Assert.Contains("VALID", output);
        Assert.DoesNotContain("INVALID", output);
    }

    [Theory]
    [InlineData("gets/03-vague-description-rejected.edi", "E015")]
    [InlineData("gets/04-two-messages-one-bad-unt.edi", "E003")]
    [InlineData("gets/05-pre-shipment-new-core.edi", "E004")]
    [InlineData("eman/02-bad-container-check-digit.edi", "E031")]
    [InlineData("eman/04-package-total-mismatch.edi", "E014")]
    [InlineData("accs/04-fwb-bad-check-digit.txt", "A010")]
    [InlineData("accs/05-fhl-totals-mismatch.txt", "A013")]
    [InlineData("rocars/02-aci-too-late-rejected.xml", "R010")]
    [InlineData("rocars/03-aci-vague-rejected.xml", "R012")]
    [InlineData("rocars/06-not-well-formed.xml", "R001")]
    public void An_invalid_sample_exits_1_and_prints_the_contract_code(string sample, string code)
    {
        var (exitCode, output, _) = Run("message", "check", Sample(sample), "--at", At, "--fill-sample-placeholders");
        Assert.Equal(1, exitCode);
        Assert.Contains("INVALID", output);
        Assert.Contains(code, output);
    }

    [Fact]
    public void Pre_shipment_lodgement_is_valid_under_new_core_rules()
    {
        var (exitCode, output, _) = Run("message", "check", Sample("gets/05-pre-shipment-new-core.edi"), "--at", At,
            "--fill-sample-placeholders", "--rules", "new-core");
        Assert.Equal(0, exitCode);
        Assert.Contains("new-core", output);
    }

    [Fact]
    public void The_summary_names_the_syntax_and_message_type()
    {
        var (_, output, _) = Run("message", "check", Sample("accs/01-fwb-accepted.txt"), "--at", At, "--fill-sample-placeholders");
        Assert.Contains("FWB", output);
        Assert.Contains("160-12345675", output);
    }

    [Theory]
    [InlineData("message", "check")]
    [InlineData("message", "frobnicate", "x")]
    [InlineData("nothing")]
    [InlineData("message", "check", "/definitely/not/here.edi")]
    [InlineData("message", "check", "x.edi", "--rules", "sideways")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exitCode, _, error) = Run(args);
        Assert.Equal(2, exitCode);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void An_unreadable_time_is_a_usage_error()
    {
        var (exitCode, _, error) = Run("message", "check", Sample("accs/01-fwb-accepted.txt"), "--at", "yesterday-ish");
        Assert.Equal(2, exitCode);
        Assert.Contains("--at", error);
    }

    [Fact]
    public void Without_at_the_injected_clock_is_used_in_hong_kong_time()
    {
        var (_, output, _) = Run("message", "check", Sample("accs/02-fhl-accepted.txt"));
        Assert.Contains("checked at 2026-11-26T12:00:00+08:00", output);
    }

    [Fact]
    public void Garbage_is_an_invalid_message_not_a_crash()
    {
        var path = Path.Combine(Path.GetTempPath(), $"strangler-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [0xFF, 0xFE, 0x00, 0x41, 0x0D]);
        try
        {
            var (exitCode, output, _) = Run("message", "check", path, "--at", At);
            Assert.Equal(1, exitCode);
            Assert.Contains("INVALID", output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
