using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests;

/// <summary>
/// The second system down or slow, the first one down, the facade restarted: the client never sees the second
/// system's trouble, and the outbox brings the stores together once it is back.
/// </summary>
public abstract class FaultTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    [Fact]
    public async Task With_the_new_core_down_in_shadow_clients_see_no_error_and_the_outbox_catches_up_when_it_returns()
    {
        await stack.Facade.SetStageAsync("road", "shadow");
        stack.CoreGate.Mode = GateMode.Down;
        try
        {
            var ccrns = await LodgeSeveralAsync("DN", 3);
            await Eventually.Get(OutboxPendingAsync, n => n >= 3, "three writes waiting in the outbox");
            var comparisons = stack.Facade.Services.GetRequiredService<ComparisonStore>();
            await Eventually.Get(() => comparisons.ListAsync("road", ComparisonOutcomes.SecondaryFailed, 0, 1000), f => f.Count >= 1, "the first failed mirror recorded (later writes of the same key wait behind it, in order)");
            stack.CoreGate.Mode = GateMode.Pass;
            stack.Clock.Advance(TimeSpan.FromSeconds(5)); // past the back-off
            await AllInAsync("Core", ccrns);
            await Eventually.Get(OutboxPendingAsync, n => n == 0, "an empty outbox", tick: () => stack.Clock.Advance(TimeSpan.FromMilliseconds(500)));
        }
        finally
        {
            stack.CoreGate.Mode = GateMode.Pass;
        }
    }

    [Fact]
    public async Task With_the_new_core_slower_than_the_mirror_timeout_clients_still_get_legacys_answer_and_the_write_arrives_later()
    {
        await stack.Facade.SetStageAsync("road", "shadow");
        stack.CoreGate.Delay = TimeSpan.FromSeconds(12); // longer than the stack's 10 s mirror timeout
        stack.CoreGate.Mode = GateMode.Slow;
        try
        {
            var ccrns = await LodgeSeveralAsync("SL", 2);
            await Eventually.Get(OutboxPendingAsync, n => n >= 1, "a timed-out write in the outbox");
            stack.CoreGate.Mode = GateMode.Pass;
            stack.Clock.Advance(TimeSpan.FromSeconds(5));
            await AllInAsync("Core", ccrns);
        }
        finally
        {
            stack.CoreGate.Mode = GateMode.Pass;
        }
    }

    [Fact]
    public async Task With_legacy_down_in_live_clients_see_no_error_and_legacy_is_brought_up_to_date_when_it_returns()
    {
        await stack.Facade.SetStageAsync("road", "live");
        stack.LegacyGates["Rocars"].Mode = GateMode.Down;
        try
        {
            var ccrns = await LodgeSeveralAsync("LD", 2);
            await Eventually.Get(OutboxPendingAsync, n => n >= 2, "two writes waiting in the outbox");
            stack.LegacyGates["Rocars"].Mode = GateMode.Pass;
            stack.Clock.Advance(TimeSpan.FromSeconds(5));
            await AllInAsync("Rocars", ccrns);
        }
        finally
        {
            stack.LegacyGates["Rocars"].Mode = GateMode.Pass;
            await stack.Facade.SetStageAsync("road", "shadow");
        }
    }

    [Fact]
    public async Task When_the_system_of_record_is_down_the_client_gets_a_5xx_and_nothing_is_mirrored()
    {
        await stack.Facade.SetStageAsync("road", "shadow");
        stack.LegacyGates["Rocars"].Mode = GateMode.Down;
        try
        {
            var seen = stack.CoreGate.Seen;
            var (status, _) = await Road.LodgeAsync(stack.Facade.Client("test-shipper"), stack.Clock.GetUtcNow(), "PD-" + Guid.NewGuid().ToString("N")[..10]);
            Assert.Equal(502, status);
            Assert.Equal(seen, stack.CoreGate.Seen);
        }
        finally
        {
            stack.LegacyGates["Rocars"].Mode = GateMode.Pass;
        }
    }

    [Fact]
    public async Task A_facade_restarted_with_undelivered_mirrors_delivers_them_after_the_restart()
    {
        await stack.Facade.SetStageAsync("road", "shadow");
        stack.CoreGate.Mode = GateMode.Down;
        List<string> ccrns;
        try
        {
            ccrns = await LodgeSeveralAsync("RS", 3);
            await Eventually.Get(OutboxPendingAsync, n => n >= 3, "three writes waiting in the outbox");
            await stack.StopFacadeAsync(stack.Facade);
        }
        finally
        {
            stack.CoreGate.Mode = GateMode.Pass;
        }

        await stack.StartFacadeAsync();
        stack.Clock.Advance(TimeSpan.FromSeconds(5));
        await AllInAsync("Core", ccrns);
        await Eventually.Get(OutboxPendingAsync, n => n == 0, "an empty outbox", tick: () => stack.Clock.Advance(TimeSpan.FromMilliseconds(500)));
    }

    private async Task<List<string>> LodgeSeveralAsync(string prefix, int count)
    {
        var shipper = stack.Facade.Client("test-shipper");
        var ccrns = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (status, answer) = await Road.LodgeAsync(shipper, stack.Clock.GetUtcNow(), $"{prefix}-{Guid.NewGuid():N}"[..20]);
            Assert.Equal(200, status);
            Assert.Contains("<Status>ACCEPTED</Status>", answer, StringComparison.Ordinal);
            ccrns.Add(Road.Ccrn(answer));
        }

        return ccrns;
    }

    private async Task AllInAsync(string system, IEnumerable<string> ccrns)
    {
        foreach (var ccrn in ccrns)
        {
            await Diagnostics.Explain(stack.Facade, () => Eventually.Get(
                () => Contract.GetAsync(stack.DirectClient(system, "test-shipper"), $"rocars/xml/v1/aci/{ccrn}"), r => r.Status == 200, $"{ccrn} in {system}",
                tick: () => stack.Clock.Advance(TimeSpan.FromMilliseconds(500)))); // the outbox's back-off runs on the facade's clock
        }
    }

    private async Task<long> OutboxPendingAsync()
    {
        using var admin = stack.Facade.Admin(StranglerStack.AuditorToken);
        var status = JsonDocument.Parse(await admin.GetStringAsync("admin/v1/status")).RootElement;
        return status.GetProperty("mirror").GetProperty("outboxPending").GetInt64();
    }
}

public sealed class SqliteFaultTests(SqliteStack stack) : FaultTests<SqliteStack>(stack);

public sealed class PostgresFaultTests(PostgresStack stack) : FaultTests<PostgresStack>(stack);
