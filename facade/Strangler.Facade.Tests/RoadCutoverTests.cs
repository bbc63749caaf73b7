using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.References;
using Strangler.Facade.Comparison;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Routing;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests;

/// <summary>Canary stickiness and rollback with the road unit.</summary>
public abstract class RoadCutoverTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    [Fact]
    public async Task In_canary_each_lodgement_and_its_later_messages_stay_on_the_side_its_key_chose()
    {
        await stack.Facade.SetStageAsync("road", "shadow");
        await stack.Facade.SetStageAsync("road", "canary", 50);
        var shipper = stack.Facade.Client("test-shipper");
        var now = stack.Clock.GetUtcNow();
        var prefix = "CAN" + Guid.NewGuid().ToString("N")[..8];

        foreach (var core in new[] { true, false })
        {
            var (_, lodged) = await Road.LodgeAsync(shipper, now, Road.MessageIdOnSide(prefix + (core ? "C" : "L"), core, 50));
            var ccrn = Road.Ccrn(lodged);
            Assert.Equal(core ? IssuerBlock.NewCore : IssuerBlock.Legacy, Issuer(ccrn));

            // The amendment's MessageId falls in the other bucket half: it still goes where the CCRN was issued.
            var after = await LastIdAsync();
            var (status, amended) = await Road.AmendAsync(shipper, now, Road.MessageIdOnSide(prefix + (core ? "CA" : "LA"), !core, 50), ccrn);
            Assert.Equal(200, status);
            Assert.Contains("<Status>ACCEPTED</Status>", amended, StringComparison.Ordinal);
            var record = await RecordAsync(after, r => r.Method == "POST");
            Assert.Equal(core ? "core" : "legacy", record.PrimarySide);
            Assert.Equal(ComparisonOutcomes.Equal, record.Outcome);

            after = await LastIdAsync();
            var (read, _) = await Contract.GetAsync(shipper, $"rocars/xml/v1/aci/{ccrn}");
            Assert.Equal(200, read);
            Assert.Equal(core ? "core" : "legacy", (await RecordAsync(after, r => r.Method == "GET")).PrimarySide);
        }
    }

    [Fact]
    public async Task Rolling_back_from_live_to_shadow_loses_no_document_on_either_side()
    {
        await stack.Facade.SetStageAsync("road", "live");
        var shipper = stack.Facade.Client("test-shipper");
        var now = stack.Clock.GetUtcNow();
        var (_, lodged) = await Road.LodgeAsync(shipper, now, "RB-" + Guid.NewGuid().ToString("N")[..12]);
        var ccrn = Road.Ccrn(lodged);
        Assert.Equal(IssuerBlock.NewCore, Issuer(ccrn));
        await Eventually.Get(() => Contract.GetAsync(stack.DirectClient("Rocars", "test-shipper"), $"rocars/xml/v1/aci/{ccrn}"), r => r.Status == 200, "the ACI in legacy");

        await stack.Facade.SetStageAsync("road", "shadow");
        var (read, record) = await Contract.GetAsync(shipper, $"rocars/xml/v1/aci/{ccrn}");
        Assert.Equal(200, read);
        Assert.Contains(ccrn, record, StringComparison.Ordinal);

        // A later amendment stays with the new core, which issued the CCRN, and reaches legacy too.
        var (status, amended) = await Road.AmendAsync(shipper, now, "RBA-" + Guid.NewGuid().ToString("N")[..12], ccrn);
        Assert.Contains("<Status>ACCEPTED</Status>", amended, StringComparison.Ordinal);
        Assert.Equal(200, status);
        await Eventually.Get(async () =>
        {
            var legacy = await Contract.GetAsync(stack.DirectClient("Rocars", "test-shipper"), $"rocars/xml/v1/aci/{ccrn}");
            var core = await Contract.GetAsync(stack.DirectClient("Core", "test-shipper"), $"rocars/xml/v1/aci/{ccrn}");
            return AnswerComparer.Compare(ContractInterface.Rocars, legacy.Status, System.Text.Encoding.UTF8.GetBytes(legacy.Body),
                core.Status, System.Text.Encoding.UTF8.GetBytes(core.Body));
        }, c => c.Verdict == ComparisonVerdict.Equal, "both stores holding the amended ACI");

        // And a new lodgement in shadow is legacy's again, held by both.
        var (_, again) = await Road.LodgeAsync(shipper, now, "RBN-" + Guid.NewGuid().ToString("N")[..12]);
        var second = Road.Ccrn(again);
        Assert.Equal(IssuerBlock.Legacy, Issuer(second));
        await Eventually.Get(() => Contract.GetAsync(stack.DirectClient("Core", "test-shipper"), $"rocars/xml/v1/aci/{second}"), r => r.Status == 200, "the ACI in the core");
    }

    [Fact]
    public async Task In_shadow_a_bundle_naming_another_clients_lodgement_and_a_read_after_it_never_overtake_their_mirrors()
    {
        await stack.Facade.SetStageAsync("road", "shadow");
        var shipper = stack.Facade.Client("test-shipper");
        var driver = stack.Facade.Client("test-driver");
        var now = stack.Clock.GetUtcNow();

        // The shipper's lodgement does not reach the core at the first attempt (slower than the mirror timeout), so it
        // waits in the outbox; the driver bundles it and asks for the clearance at once.
        stack.CoreGate.SlowWhen = r => r.Headers["X-Api-Key"] == "test-shipper";
        stack.CoreGate.Delay = TimeSpan.FromSeconds(12);
        stack.CoreGate.Mode = GateMode.Slow;
        try
        {
            var after = await LastIdAsync();
            var (_, lodged) = await Road.LodgeAsync(shipper, now, "ORD-" + Guid.NewGuid().ToString("N")[..12]);
            var ccrn = Road.Ccrn(lodged);
            var bundle = Contract.Vary(Contract.Sample("rocars/04-bundle.xml", now, _ => ccrn), ("BND-0001", "ORDB-" + Guid.NewGuid().ToString("N")[..10]));
            var (status, answer) = await Contract.PostAsync(driver, "rocars/xml/v1/bundles", bundle, "application/xml");
            Assert.Equal(200, status);
            Assert.Contains("<Status>BUNDLED</Status>", answer, StringComparison.Ordinal);
            var (cleared, _) = await Contract.GetAsync(driver, "rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC");
            Assert.Equal(200, cleared);
            stack.CoreGate.Mode = GateMode.Pass; // the retry of the lodgement gets through

            var records = await Eventually.Get(() => stack.Facade.Services.GetRequiredService<ComparisonStore>().ListAsync("road", null, after, 1000),
                r => r.Count(c => (c.Path.Contains("bundles", StringComparison.Ordinal) || c.Path.Contains("clearance", StringComparison.Ordinal)) &&
                    c.SecondaryStatus is not null) == 2, "the bundle's and the clearance's comparisons", seconds: 60);
            Assert.Equal(ComparisonOutcomes.Equal, records.First(c => c.Path.Contains("bundles", StringComparison.Ordinal)).Outcome);
            Assert.Equal(200, records.First(c => c.Path.Contains("clearance", StringComparison.Ordinal)).SecondaryStatus);
        }
        finally
        {
            stack.CoreGate.Mode = GateMode.Pass;
            stack.CoreGate.SlowWhen = null;
        }
    }

    private async Task<long> LastIdAsync()
    {
        var records = await stack.Facade.Services.GetRequiredService<ComparisonStore>().ListAsync(null, null, 0, 100_000);
        return records.Count == 0 ? 0 : records[^1].Id;
    }

    private async Task<ComparisonRecord> RecordAsync(long after, Func<ComparisonRecord, bool> match)
    {
        var store = stack.Facade.Services.GetRequiredService<ComparisonStore>();
        var records = await Eventually.Get(() => store.ListAsync("road", null, after, 1000), r => r.Any(match), "the comparison record");
        return records.First(match);
    }

    private static IssuerBlock Issuer(string reference)
    {
        Assert.True(ReferenceNumber.TryParse(reference, out var parsed), reference);
        return parsed!.Issuer;
    }
}

public sealed class SqliteRoadCutoverTests(SqliteStack stack) : RoadCutoverTests<SqliteStack>(stack);

public sealed class PostgresRoadCutoverTests(PostgresStack stack) : RoadCutoverTests<PostgresStack>(stack);
