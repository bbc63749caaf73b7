using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Cli.Parity.Export;
using Strangler.Cli.Stages;
using Strangler.Cli.Tests.Stages;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Testing;

namespace Strangler.Cli.Tests.Parity.Export;

/// <summary>
/// <c>strangler parity export</c> with the auditor's token against a facade that mirrored real traffic in shadow: the
/// corpus lines, the paging options, and no API key written.
/// </summary>
public sealed class ExportCommandTests(SqliteStack stack) : IClassFixture<SqliteStack>
{
    [Fact]
    public async Task An_auditor_exports_a_units_requests_in_pages_without_their_api_keys()
    {
        await stack.Facade.SetStageAsync("road", "shadow");
        var store = ShadowStore();
        var first = (await store.ListAsync(null, null, 0, 100_000)).Select(r => r.Id).DefaultIfEmpty(0).Max();
        var references = new[] { "EXP-1-" + Guid.NewGuid().ToString("N")[..10], "EXP-2-" + Guid.NewGuid().ToString("N")[..10], "EXP-3-" + Guid.NewGuid().ToString("N")[..10] };
        foreach (var reference in references)
        {
            await Road.LodgeAsync(stack.Facade.Client("test-shipper"), stack.Clock.GetUtcNow(), reference);
        }

        await Eventually.Get(() => store.ListAsync("road", null, first, 100), r => r.Count(c => c.SecondaryStatus is not null) >= 3, "three comparisons");
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.jsonl");
        try
        {
            var run = Run(StranglerStack.AuditorToken, "--out", file, "--unit", "road", "--after", first.ToString(), "--max", "2");
            Assert.True(run.ExitCode == 0, run.Error + run.Output);
            var page = CorpusEntry.ReadFile(file);
            Assert.Equal(2, page.Count);
            Assert.Contains($"Exported 2 requests to {file} (last id {page[1].Id}: continue with --after {page[1].Id})", run.Output, StringComparison.Ordinal);
            Assert.All(page, e =>
            {
                Assert.Equal("rocars", e.Interface);
                Assert.Equal("road", e.Unit);
                Assert.Equal("POST", e.Method);
                Assert.Equal("/rocars/xml/v1/aci", e.Path);
                Assert.Equal(stack.Clock.GetUtcNow(), e.At);
            });
            Assert.Contains(references[0], page[0].Body, StringComparison.Ordinal);
            Assert.Contains(references[1], page[1].Body, StringComparison.Ordinal);
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("test-shipper", text, StringComparison.Ordinal);
            Assert.Contains("\"at\":\"2026-11-26T12:00:00.000+08:00\"", text, StringComparison.Ordinal);

            var rest = Run(StranglerStack.AuditorToken, "--out", file, "--unit", "road", "--after", page[1].Id.ToString());
            Assert.Equal(0, rest.ExitCode);
            var last = Assert.Single(CorpusEntry.ReadFile(file));
            Assert.Contains(references[2], last.Body, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Without_an_accepted_token_nothing_is_exported_and_the_exit_code_is_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.jsonl");
        try
        {
            var run = Run("not-a-token", "--out", file);
            Assert.Equal(StranglerCommand.Invalid, run.ExitCode);
            Assert.Contains("The facade answered 401", run.Error, StringComparison.Ordinal);
            Assert.Equal("", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_max_below_one_is_a_usage_error()
    {
        var run = Run(StranglerStack.AuditorToken, "--out", Path.Combine(Path.GetTempPath(), "never.jsonl"), "--max", "0");
        Assert.Equal(StranglerCommand.UsageError, run.ExitCode);
        Assert.Contains("--max 1 or more", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_line_reads_back_as_the_entry_it_was_written_from()
    {
        var entry = new CorpusEntry(7, new DateTimeOffset(2026, 11, 26, 4, 0, 1, 250, TimeSpan.Zero), "accs", "air", "POST", "/accs/v1/messages", "FWB",
            "FWB/16\n160-12345675LHRHKG/T2K10.0\n");
        var line = entry.ToLine();
        Assert.DoesNotContain("\n", line, StringComparison.Ordinal);
        Assert.Contains("\"at\":\"2026-11-26T12:00:01.250+08:00\"", line, StringComparison.Ordinal);
        Assert.Equal(entry, CorpusEntry.Parse(line));
    }

    private ComparisonStore ShadowStore() => stack.Facade.Services.GetRequiredService<ComparisonStore>();

    // The subcommand on its own root until ParityCommand lists it.
    private CliRun Run(string token, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = (string name) => name switch
        {
            "STRANGLER_TOKEN" => token,
            "STRANGLER_FACADE_URL" => stack.Facade.Address.ToString(),
            _ => null,
        };
        var root = new RootCommand("test") { ExportCommand.Create(new AdminCall(output, error, environment), output, error) };
        var exitCode = root.Parse(["export", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
