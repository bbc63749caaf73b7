using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Routing;
using Strangler.Facade.Testing;
using Strangler.Parity.Classification;
using Strangler.Parity.Rules;

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
        await ShadowEverythingAsync();
        var store = stack.Facade.Services.GetRequiredService<ComparisonStore>();
        var after = await LastIdAsync(store);
        string? ccrn = null;
        foreach (var step in Corpus.Samples)
        {
            using var client = stack.Facade.Client(step.Key);
            using var request = new HttpRequestMessage(new HttpMethod(step.Method), step.Path);
            if (step.Sample is not null)
            {
                request.Content = new ByteArrayContent(Corpus.Body(step, stack.Clock.GetUtcNow(), _ => ccrn ?? "C0000000000000X"));
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(step.ContentType!);
            }

            using var response = await client.SendAsync(request);
            var answer = await response.Content.ReadAsStringAsync();
            if (step.Name.StartsWith("rocars/01", StringComparison.Ordinal))
            {
                ccrn = Contract.Between(answer, "<Ccrn>", "</Ccrn>");
            }
        }

        var records = await Eventually.Get(() => store.ListAsync(null, null, after, 1000),
            r => r.Count(c => c.SecondaryStatus is not null) >= Corpus.Samples.Count, "a comparison of every corpus step", seconds: 60);
        var findings = new List<string>();
        var classes = new Dictionary<ParityClass, int>();
        foreach (var record in records)
        {
            var finding = await ClassifyAsync(store, record);
            classes[finding.Class] = classes.GetValueOrDefault(finding.Class) + 1;
            if (finding.Class == ParityClass.Mismatch)
            {
                findings.Add($"{record.Path} {record.MessageType}: " + string.Join("; ", finding.Differences.Where(d => d.Class == ParityClass.Mismatch)
                    .Select(d => $"{d.Field} legacy={d.Primary} core={d.Secondary}")));
            }
        }

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        Assert.True(classes.GetValueOrDefault(ParityClass.Match) > 0);
        Assert.True(classes.GetValueOrDefault(ParityClass.Intended) > 0, "the pre-shipment sample is a declared intended difference");
    }

    [Fact]
    public async Task A_defect_seeded_into_the_new_cores_answers_is_reported_as_a_mismatch()
    {
        await ShadowEverythingAsync();
        var store = stack.Facade.Services.GetRequiredService<ComparisonStore>();
        var after = await LastIdAsync(store);
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
            var finding = await ClassifyAsync(store, record);
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

    private async Task ShadowEverythingAsync()
    {
        foreach (var unit in new[] { "road", "air", "sea", "river", "rail" })
        {
            await stack.Facade.SetStageAsync(unit, "shadow");
        }
    }

    private static async Task<long> LastIdAsync(ComparisonStore store)
    {
        var records = await store.ListAsync(null, null, 0, 100_000);
        return records.Count == 0 ? 0 : records[^1].Id;
    }

    private static async Task<ParityFinding> ClassifyAsync(ComparisonStore store, ComparisonRecord record)
    {
        var bodies = (await store.BodiesAsync(record.Id))!.Value;
        var contractInterface = Enum.Parse<ContractInterface>(record.Interface, ignoreCase: true);
        return ParityClassifier.Classify(contractInterface, record.MessageType, bodies.Request,
            new ParityAnswer(record.PrimaryStatus, bodies.Primary), new ParityAnswer(record.SecondaryStatus ?? 0, bodies.Secondary ?? []),
            ParityRuleSet.Declared);
    }
}

public sealed class SqliteReplayTests(SqliteStack stack) : ReplayTests<SqliteStack>(stack);

public sealed class PostgresReplayTests(PostgresStack stack) : ReplayTests<PostgresStack>(stack);
