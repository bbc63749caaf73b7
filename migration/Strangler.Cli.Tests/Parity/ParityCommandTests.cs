using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Cli.Tests.Stages;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Testing;

namespace Strangler.Cli.Tests.Parity;

/// <summary>
/// <c>strangler parity report</c> with the auditor's token against a facade that mirrored real traffic in shadow, then
/// <c>verify</c> on the chain it wrote, before and after a byte of it is changed.
/// </summary>
public sealed class ParityCommandTests(SqliteStack stack) : IClassFixture<SqliteStack>
{
    [Fact]
    public async Task An_auditor_builds_a_report_from_the_facades_comparisons_and_verify_detects_a_changed_byte()
    {
        await stack.Facade.SetStageAsync("road", "shadow");
        var store = stack.Facade.Services.GetRequiredService<ComparisonStore>();
        for (var i = 0; i < 3; i++)
        {
            await Road.LodgeAsync(stack.Facade.Client("test-shipper"), stack.Clock.GetUtcNow(), $"PR-{i}-{Guid.NewGuid():N}"[..20]);
        }

        await Eventually.Get(() => store.ListAsync("road", null, 0, 100), r => r.Count(c => c.SecondaryStatus is not null) >= 3, "three comparisons");
        var chain = Path.Combine(Path.GetTempPath(), "parity-chain-" + Guid.NewGuid().ToString("N"));
        try
        {
            var environment = (string name) => name switch
            {
                "STRANGLER_TOKEN" => StranglerStack.AuditorToken,
                "STRANGLER_FACADE_URL" => stack.Facade.Address.ToString(),
                _ => null,
            };
            var now = stack.Clock.GetUtcNow();
            var run = CliRun.Start(["parity", "report", "road", "--out", chain, "--from", now.AddHours(-1).ToString("o"), "--to", now.AddHours(1).ToString("o")],
                environment, stack.Clock);
            Assert.True(run.ExitCode == 0, run.Error + run.Output);
            Assert.Contains("3 comparisons, 0 mismatches", run.Output, StringComparison.Ordinal);
            var report = Assert.Single(Directory.GetDirectories(chain));
            var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "findings.json"))).RootElement;
            Assert.Equal(3, findings.GetProperty("findings").GetArrayLength());
            Assert.Contains("shadow", File.ReadAllText(Path.Combine(report, "report.html")), StringComparison.Ordinal);

            Assert.Equal(0, CliRun.Start(["parity", "verify", chain], environment, stack.Clock).ExitCode);
            var csv = Path.Combine(report, "findings.csv");
            var bytes = File.ReadAllBytes(csv);
            bytes[^3] ^= 1;
            File.WriteAllBytes(csv, bytes);
            var broken = CliRun.Start(["parity", "verify", chain], environment, stack.Clock);
            Assert.Equal(1, broken.ExitCode);
            Assert.Contains("findings.csv", broken.Output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(chain))
            {
                Directory.Delete(chain, recursive: true);
            }
        }
    }
}
