using System.Text.Json;
using Strangler.Contracts.References;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Strangler.Facade.Tests;

/// <summary>ROCARS (road) through each stage: who answers, who receives the mirror, what is compared.</summary>
public abstract class RoadStageTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    private static int _next;

    protected TStack Stack { get; } = stack;

    [Fact]
    public async Task In_legacy_the_legacy_system_answers_and_the_new_core_never_hears_of_it()
    {
        await Stack.Facade.SetStageAsync("road", "legacy");
        var before = Stack.CoreGate.Seen;
        var ccrn = await LodgeAsync();
        Assert.Equal(IssuerBlock.Legacy, Issuer(ccrn));
        Assert.Equal(before, Stack.CoreGate.Seen);
        Assert.Equal(404, (await Contract.GetAsync(Stack.DirectClient("Core", "test-shipper"), $"rocars/xml/v1/aci/{ccrn}")).Status);
    }

    [Fact]
    public async Task In_shadow_legacy_answers_and_the_new_core_stores_the_same_ccrn_and_the_answers_compare_equal()
    {
        await Stack.Facade.SetStageAsync("road", "shadow");
        var after = await LastComparisonIdAsync();
        var ccrn = await LodgeAsync();
        Assert.Equal(IssuerBlock.Legacy, Issuer(ccrn));
        await Eventually.Get(() => Contract.GetAsync(Stack.DirectClient("Core", "test-shipper"), $"rocars/xml/v1/aci/{ccrn}"),
            r => r.Status == 200, "the mirrored ACI in the new core");
        var comparison = await LastComparisonAsync(after, c => c.MessageType == "AciSubmission" && c.Stage == "shadow");
        Assert.Equal("legacy", comparison.PrimarySide);
        Assert.Equal("shadow", comparison.Stage);
        Assert.Equal(ComparisonOutcomes.Equal, comparison.Outcome);
    }

    [Fact]
    public async Task In_live_the_new_core_answers_with_its_own_block_and_legacy_is_kept_current()
    {
        await Stack.Facade.SetStageAsync("road", "live");
        var ccrn = await LodgeAsync();
        Assert.Equal(IssuerBlock.NewCore, Issuer(ccrn));
        await Eventually.Get(() => Contract.GetAsync(Stack.DirectClient("Rocars", "test-shipper"), $"rocars/xml/v1/aci/{ccrn}"),
            r => r.Status == 200, "the mirrored ACI in legacy");
        await Stack.Facade.SetStageAsync("road", "legacy");
    }

    protected async Task<string> LodgeAsync()
    {
        var id = $"FAC-{Interlocked.Increment(ref _next)}-{Guid.NewGuid():N}"[..30];
        var body = Contract.Vary(Contract.Sample("rocars/01-aci-accepted.xml", Stack.Clock.GetUtcNow()), ("ACI-0001", id));
        var (status, answer) = await Contract.PostAsync(Stack.Facade.Client("test-shipper"), "rocars/xml/v1/aci", body, "application/xml");
        Assert.Equal(200, status);
        Assert.Contains("<Status>ACCEPTED</Status>", answer, StringComparison.Ordinal);
        return Contract.Between(answer, "<Ccrn>", "</Ccrn>");
    }

    protected static IssuerBlock Issuer(string reference)
    {
        Assert.True(ReferenceNumber.TryParse(reference, out var parsed), reference);
        return parsed!.Issuer;
    }

    protected async Task<ComparisonRecord> LastComparisonAsync(long after, Func<ComparisonRecord, bool> match)
    {
        var store = Stack.Facade.Services.GetRequiredService<ComparisonStore>();
        var records = await Eventually.Get(() => store.ListAsync("road", null, after, 1000), r => r.Any(match), "a comparison record");
        return records.Last(match);
    }

    protected async Task<long> LastComparisonIdAsync()
    {
        var store = Stack.Facade.Services.GetRequiredService<ComparisonStore>();
        var records = await store.ListAsync(null, null, 0, 100_000);
        return records.Count == 0 ? 0 : records[^1].Id;
    }
}

public sealed class SqliteRoadStageTests(SqliteStack stack) : RoadStageTests<SqliteStack>(stack);

public sealed class PostgresRoadStageTests(PostgresStack stack) : RoadStageTests<PostgresStack>(stack);
