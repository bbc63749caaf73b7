using System.Text;
using Strangler.Facade.Testing;
using Strangler.Parity.Classification;

namespace Strangler.Parity.Replay.Tests;

/// <summary>
/// Replays the corpus through the facade with every unit in <c>shadow</c>: legacy answers, the new core receives the
/// same request with legacy's received-at and numbers, and each pair of answers is classified with the declared
/// rules. Any <c>mismatch</c> fails; a defect seeded into the new core's answers must be reported as one.
/// </summary>
public abstract class ReplayTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    [Fact]
    public async Task Every_contract_sample_replayed_through_both_systems_has_no_mismatch()
    {
        await ShadowReplay.ShadowEverythingAsync(stack);
        var store = ShadowReplay.Comparisons(stack);
        var after = await ShadowReplay.LastIdAsync(store);
        await Corpus.SendAsync(stack);

        var outcome = await ShadowReplay.ClassifyAllAsync(stack, after, Corpus.Samples.Count);
        Assert.True(outcome.Mismatches.Count == 0, outcome.ToString());
        Assert.True(outcome.Count(ParityClass.Match) > 0);
        Assert.True(outcome.Count(ParityClass.Intended) > 0, "the pre-shipment sample is a declared intended difference");
    }

    [Fact]
    public async Task A_defect_seeded_into_the_new_cores_answers_is_reported_as_a_mismatch()
    {
        await ShadowReplay.ShadowEverythingAsync(stack);
        var store = ShadowReplay.Comparisons(stack);
        var after = await ShadowReplay.LastIdAsync(store);
        stack.CoreGate.Tamper = body => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("MOA+161:7.00:HKD", "MOA+161:7.10:HKD", StringComparison.Ordinal));
        stack.CoreGate.Mode = GateMode.Tamper;
        try
        {
            var now = stack.Clock.GetUtcNow();
            var interchange = "DEF" + Random.Shared.Next(100000, 999999);
            var (status, answer) = await Contract.PostAsync(stack.Facade.Client("test-tradelink"), "gets/v1/messages",
                Gets.Interchange(now, interchange, Gets.Message(now, "M1", '1', "LRN-" + interchange)), Gets.ContentType);
            Assert.Equal(200, status);
            Assert.Contains("MOA+161:7.00:HKD", answer, StringComparison.Ordinal);
            var record = (await Eventually.Get(() => store.ListAsync("sea", null, after, 100), r => r.Any(c => c.SecondaryStatus is not null),
                "the seeded defect's comparison")).First(c => c.SecondaryStatus is not null);
            var finding = await ShadowReplay.ClassifyAsync(store, record);
            Assert.Equal(ParityClass.Mismatch, finding.Class);
            var difference = Assert.Single(finding.Differences, d => d.Class == ParityClass.Mismatch);
            Assert.Equal("CUSRES[M1].MOA+161", difference.Field);
            Assert.Contains("7.00", difference.Primary, StringComparison.Ordinal);
            Assert.Contains("7.10", difference.Secondary, StringComparison.Ordinal);
        }
        finally
        {
            stack.CoreGate.Mode = GateMode.Pass;
        }
    }
}

public sealed class SqliteReplayTests(SqliteStack stack) : ReplayTests<SqliteStack>(stack);

public sealed class PostgresReplayTests(PostgresStack stack) : ReplayTests<PostgresStack>(stack);
