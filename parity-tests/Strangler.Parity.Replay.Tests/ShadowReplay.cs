using Microsoft.Extensions.DependencyInjection;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Routing;
using Strangler.Facade.Testing;
using Strangler.Parity.Classification;
using Strangler.Parity.Rules;

namespace Strangler.Parity.Replay.Tests;

/// <summary>
/// What every replay does around its traffic: every unit in <c>shadow</c> first, then each comparison recorded since
/// a mark classified with the declared rules, the mismatches described (field, both values) for the failure message.
/// </summary>
public static class ShadowReplay
{
    public static readonly string[] Units = ["road", "air", "sea", "river", "rail"];

    public static async Task ShadowEverythingAsync(StranglerStack stack)
    {
        foreach (var unit in Units)
        {
            await stack.Facade.SetStageAsync(unit, "shadow");
        }
    }

    public static ComparisonStore Comparisons(StranglerStack stack) => stack.Facade.Services.GetRequiredService<ComparisonStore>();

    /// <summary>The newest comparison id: the mark after which a replay's own records start.</summary>
    public static async Task<long> LastIdAsync(ComparisonStore store)
    {
        var records = await store.ListAsync(null, null, 0, 100_000);
        return records.Count == 0 ? 0 : records[^1].Id;
    }

    public static async Task<ParityFinding> ClassifyAsync(ComparisonStore store, ComparisonRecord record)
    {
        var bodies = (await store.BodiesAsync(record.Id))!.Value;
        var contractInterface = Enum.Parse<ContractInterface>(record.Interface, ignoreCase: true);
        return ParityClassifier.Classify(contractInterface, record.MessageType, bodies.Request,
            new ParityAnswer(record.PrimaryStatus, bodies.Primary), new ParityAnswer(record.SecondaryStatus ?? 0, bodies.Secondary ?? []),
            ParityRuleSet.Declared);
    }

    /// <summary>Waits for <paramref name="expected"/> completed comparisons after <paramref name="after"/> and classifies them all.</summary>
    public static async Task<ReplayOutcome> ClassifyAllAsync(StranglerStack stack, long after, int expected)
    {
        var store = Comparisons(stack);
        var records = await Eventually.Get(() => store.ListAsync(null, null, after, 100_000),
            r => r.Count(c => c.SecondaryStatus is not null) >= expected, $"{expected} completed comparisons", seconds: 180);
        var outcome = new ReplayOutcome();
        foreach (var record in records.Where(r => r.SecondaryStatus is not null))
        {
            var finding = await ClassifyAsync(store, record);
            outcome.Add(record, finding);
        }

        return outcome;
    }
}
