using System.Text;
using Strangler.Facade.Testing;
using Strangler.Parity.Classification;

namespace Strangler.Parity.Replay.Tests.Exported;

/// <summary>
/// Traffic exported from one facade's comparisons, replayed through a second, fresh stack in shadow: no mismatch;
/// and with a defect seeded into the second stack's new core, the replay reports one.
/// </summary>
public sealed class ExportedTrafficTests(ExportedCorpus corpus) : IClassFixture<ExportedCorpus>
{
    [Fact]
    public void The_export_holds_every_recorded_request_in_hong_kong_time_and_no_api_key()
    {
        Assert.Equal(Corpus.Samples.Count, corpus.Entries.Count);
        Assert.Equal(corpus.Entries.OrderBy(e => e.Id).Select(e => e.Id), corpus.Entries.Select(e => e.Id));
        Assert.All(File.ReadLines(corpus.File), line => Assert.Contains("+08:00\"", line, StringComparison.Ordinal));
        Assert.All(corpus.Entries, e => Assert.Equal(StranglerStack.Noon, e.At));
        Assert.DoesNotContain("test-", File.ReadAllText(corpus.File), StringComparison.Ordinal);
        var clearance = Assert.Single(corpus.Entries, e => e.Method == "GET" && e.Interface == "rocars");
        Assert.Equal("/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC", clearance.Path);
        Assert.Equal(Corpus.Samples.Count(s => s.Method == "POST"), corpus.Entries.Count(e => e.Method == "POST" && e.Body.Length > 0));
    }

    [Fact]
    public async Task The_exported_corpus_replayed_through_a_second_stack_has_no_mismatch()
    {
        await using var replay = await StartAsync();

        var outcome = await ReplayAsync(replay.Stack);

        Assert.True(outcome.Mismatches.Count == 0, outcome.ToString());
        Assert.Equal(corpus.Entries.Count, outcome.Total);
        Assert.True(outcome.Count(ParityClass.Match) > 0, outcome.ToString());
        Assert.True(outcome.Count(ParityClass.Intended) > 0, "the pre-shipment sample is a declared intended difference");
    }

    [Fact]
    public async Task The_exported_corpus_replayed_against_a_core_with_a_wrong_charge_reports_the_mismatch()
    {
        await using var replay = await StartAsync();
        replay.Stack.CoreGate.Tamper = body =>
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("MOA+161:", "MOA+161:1", StringComparison.Ordinal));
        replay.Stack.CoreGate.Mode = GateMode.Tamper;

        var outcome = await ReplayAsync(replay.Stack);

        Assert.NotEmpty(outcome.Mismatches);
        Assert.All(outcome.Mismatches, m => Assert.Contains("MOA+161", m, StringComparison.Ordinal));
    }

    private async Task<ReplayOutcome> ReplayAsync(StranglerStack stack)
    {
        await ShadowReplay.ShadowEverythingAsync(stack);
        var after = await ShadowReplay.LastIdAsync(ShadowReplay.Comparisons(stack));
        var (compared, outOfOrder) = await CorpusReplay.SendAsync(stack, corpus.Entries);
        Assert.Empty(outOfOrder);
        Assert.Equal(corpus.Entries.Count, compared);
        return await ShadowReplay.ClassifyAllAsync(stack, after, compared);
    }

    private static async Task<FreshStack> StartAsync()
    {
        var stack = new SqliteStack();
        await stack.InitializeAsync();
        return new FreshStack(stack);
    }

    private sealed record FreshStack(SqliteStack Stack) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Stack.DisposeAsync();
    }
}
