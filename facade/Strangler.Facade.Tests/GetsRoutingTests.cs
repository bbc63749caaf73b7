using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.References;
using Strangler.Facade.Comparison;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Routing;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests;

/// <summary>GETS: the mode read from each message, mixed-mode interchanges, follow-ups routed by the TDEC number's issuer.</summary>
public abstract class GetsRoutingTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    private static int _next;

    [Fact]
    public async Task A_mixed_interchange_is_answered_by_the_stage_of_its_first_message_and_mirrored_to_the_other_system()
    {
        await stack.Facade.SetStageAsync("sea", "live");
        await stack.Facade.SetStageAsync("air", "legacy");
        var now = stack.Clock.GetUtcNow();

        // First message air (legacy stage): legacy answers both, the new core receives both because sea is live.
        var (status, answer) = await PostAsync(Gets.Interchange(now, NextRef(), Gets.Message(now, "M1", '4', NextRef()), Gets.Message(now, "M2", '1', NextRef())));
        Assert.Equal(200, status);
        var numbers = Gets.TdecNumbers(answer);
        Assert.True(numbers.Count == 2, answer);
        Assert.All(numbers, n => Assert.Equal(IssuerBlock.Legacy, Issuer(n)));
        Assert.StartsWith("TD4", numbers[0], StringComparison.Ordinal);
        Assert.StartsWith("TD1", numbers[1], StringComparison.Ordinal);
        foreach (var number in numbers)
        {
            await Diagnostics.Explain(stack.Facade, () => Eventually.Get(() => Contract.GetAsync(stack.DirectClient("Core", "test-tradelink"), $"gets/v1/declarations/{number}"),
                r => r.Status == 200, $"{number} in the new core"));
        }

        // First message sea (live): the new core answers both with its numbers, legacy receives both.
        (status, answer) = await PostAsync(Gets.Interchange(now, NextRef(), Gets.Message(now, "M1", '1', NextRef()), Gets.Message(now, "M2", '4', NextRef())));
        Assert.Equal(200, status);
        numbers = Gets.TdecNumbers(answer);
        Assert.All(numbers, n => Assert.Equal(IssuerBlock.NewCore, Issuer(n)));
        foreach (var number in numbers)
        {
            await Eventually.Get(() => Contract.GetAsync(stack.DirectClient("Gets", "test-tradelink"), $"gets/v1/declarations/{number}"),
                r => r.Status == 200, $"{number} in legacy");
        }
    }

    [Fact]
    public async Task An_amendment_after_a_stage_change_goes_to_the_system_that_issued_the_declaration_and_both_stores_agree()
    {
        await stack.Facade.SetStageAsync("air", "legacy");
        await stack.Facade.SetStageAsync("sea", "shadow");
        var now = stack.Clock.GetUtcNow();
        var lrn = NextRef();
        var (_, answer) = await PostAsync(Gets.Interchange(now, NextRef(), Gets.Message(now, "M1", '1', lrn)));
        Assert.True(Gets.TdecNumbers(answer).Count == 1, answer);
        var tdec = Gets.TdecNumbers(answer)[0];
        Assert.Equal(IssuerBlock.Legacy, Issuer(tdec));
        await Eventually.Get(() => Contract.GetAsync(stack.DirectClient("Core", "test-tradelink"), $"gets/v1/declarations/{tdec}"),
            r => r.Status == 200, "the original in the new core");

        await stack.Facade.SetStageAsync("sea", "live");
        var store = stack.Facade.Services.GetRequiredService<ComparisonStore>();
        var existing = await store.ListAsync(null, null, 0, 100_000);
        var after = existing.Count == 0 ? 0 : existing[^1].Id;
        var amendmentRef = NextRef();
        var (status, amended) = await PostAsync(Gets.Interchange(now, amendmentRef, Gets.Message(now, "M1", '1', lrn, amends: tdec)));
        Assert.Equal(200, status);
        Assert.Contains("+29'", amended, StringComparison.Ordinal);
        Assert.Equal(tdec, Assert.Single(Gets.TdecNumbers(amended)));

        var records = await Eventually.Get(() => store.ListAsync("sea", null, after, 1000),
            r => r.Any(c => c.Stage == "live" && c.Method == "POST" && c.SecondaryStatus is not null), "the amendment's comparison");
        var record = records.Last(c => c.Stage == "live" && c.Method == "POST");
        Assert.Equal("legacy", record.PrimarySide);
        Assert.Equal(ComparisonOutcomes.Equal, record.Outcome);

        // Both stores now describe the same current version.
        var legacy = await Contract.GetAsync(stack.DirectClient("Gets", "test-tradelink"), $"gets/v1/declarations/{tdec}");
        var core = await Contract.GetAsync(stack.DirectClient("Core", "test-tradelink"), $"gets/v1/declarations/{tdec}");
        Assert.Contains($"RFF+ACW:{amendmentRef}:M1'", legacy.Body, StringComparison.Ordinal);
        var comparison = AnswerComparer.Compare(ContractInterface.Gets, legacy.Status, System.Text.Encoding.UTF8.GetBytes(legacy.Body),
            core.Status, System.Text.Encoding.UTF8.GetBytes(core.Body));
        Assert.True(comparison.Verdict == ComparisonVerdict.Equal, string.Join("; ", comparison.Differences));
    }

    [Fact]
    public async Task A_message_whose_mode_cannot_be_read_goes_to_legacy_which_answers_with_the_contract_error_and_it_is_counted()
    {
        await stack.Facade.SetStageAsync("sea", "shadow");
        var metrics = stack.Facade.Services.GetRequiredService<Strangler.Facade.Observability.FacadeMetrics>();
        var before = metrics.UnreadableTotal;
        var coreSeen = stack.CoreGate.Seen;
        var (status, answer) = await PostAsync("UNB+UNOC:3+TRADELINK01:ZZZ+HKGETS:ZZZ"u8.ToArray());
        Assert.Equal(200, status);
        Assert.Contains("ERC+E001:HKE", answer, StringComparison.Ordinal);
        Assert.Equal(before + 1, metrics.UnreadableTotal);
        Assert.Equal(coreSeen, stack.CoreGate.Seen);
    }

    private Task<(int Status, string Body)> PostAsync(byte[] body) =>
        Contract.PostAsync(stack.Facade.Client("test-tradelink"), "gets/v1/messages", body, Gets.ContentType);

    private static string NextRef() => $"FG{Interlocked.Increment(ref _next):D4}{Random.Shared.Next(100000, 999999)}";

    private static IssuerBlock Issuer(string reference)
    {
        Assert.True(ReferenceNumber.TryParse(reference, out var parsed), reference);
        return parsed!.Issuer;
    }
}

public sealed class SqliteGetsRoutingTests(SqliteStack stack) : GetsRoutingTests<SqliteStack>(stack);

public sealed class PostgresGetsRoutingTests(PostgresStack stack) : GetsRoutingTests<PostgresStack>(stack);
