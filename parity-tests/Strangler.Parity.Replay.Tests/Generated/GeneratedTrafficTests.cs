using Strangler.Legacy.History.Traffic;
using Strangler.Parity.Classification;
using Xunit.Abstractions;

namespace Strangler.Parity.Replay.Tests.Generated;

/// <summary>
/// Generated traffic in the corpus: a small realistic history (every mode and interface, a few days, late and refused
/// documents included) sent through the facade in shadow, so both the legacy stand-ins and the new core answer each
/// request at its received-at; every comparison is classified and any <c>mismatch</c> fails.
/// </summary>
public sealed class GeneratedTrafficTests(HistoryStack stack, ITestOutputHelper log) : IClassFixture<HistoryStack>
{
    [Fact]
    public async Task A_generated_history_replayed_through_both_systems_is_answered_as_intended_and_has_no_mismatch()
    {
        var schedule = await HistorySchedule.OfAsync(HistoryStack.Plan);
        await ShadowReplay.ShadowEverythingAsync(stack);
        var after = await ShadowReplay.LastIdAsync(ShadowReplay.Comparisons(stack));
        using var sink = new FacadeSink(stack, schedule);

        var totals = await stack.Generator.RunAsync(sink);
        log.WriteLine($"{sink.Sent} requests ({totals.Documents} documents) from {totals.FirstReceivedAt:O} to {totals.LastReceivedAt:O}; " +
            $"{sink.Forced} let through without the schedule");

        Assert.True(totals.Unexpected == 0, string.Join(Environment.NewLine, totals.UnexpectedExamples));
        Assert.True(sink.OutOfOrder.Count == 0, $"{sink.Forced} requests let through without the schedule:" + Environment.NewLine +
            string.Join(Environment.NewLine, sink.OutOfOrder));
        Assert.True(sink.Uncompared.Count == 0, string.Join(Environment.NewLine, sink.Uncompared));
        Assert.True(sink.Sent >= 100, $"only {sink.Sent} requests were generated");
        Assert.All(HistoryInterfaces.All, i => Assert.True(totals.Interfaces[i].Documents > 0, $"no {i} documents"));
        var outcome = await ShadowReplay.ClassifyAllAsync(stack, after, sink.Sent);
        Assert.Equal(sink.Sent, outcome.Total);
        Assert.True(outcome.Mismatches.Count == 0, outcome.ToString());
        Assert.True(outcome.Count(ParityClass.Match) > 0, outcome.ToString());
    }
}
