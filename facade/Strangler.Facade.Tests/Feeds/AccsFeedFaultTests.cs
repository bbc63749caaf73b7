using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests.Feeds;

/// <summary>
/// The merged ACCS feed when a system fails: never a 500. Its own stack, because a mirror held back by the failure
/// reaches the new core later and would land in another test's feed.
/// </summary>
public abstract class AccsFeedFaultTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    private const string Airline = "test-cathay";

    protected TStack Stack { get; } = stack;

    [Fact]
    public async Task With_the_new_core_down_the_feed_is_still_served_from_legacy_and_with_legacy_down_it_is_502()
    {
        await Stack.Facade.SetStageAsync("air", "shadow");
        var serial = Random.Shared.Next(1_000_000, 10_000_000);
        var waybill = $"160-{serial}{serial % 7}";
        var body = Contract.Vary(Contract.Sample("accs/01-fwb-accepted.txt", Stack.Clock.GetUtcNow()), ("160-12345675", waybill));
        Assert.Equal(200, (await Contract.PostAsync(Stack.Facade.Client(Airline), "accs/v1/messages", body, "text/plain")).Status);

        Stack.CoreGate.Mode = GateMode.Down;
        try
        {
            var (status, facade) = await Contract.GetAsync(Stack.Facade.Client(Airline), "accs/v1/status?after=0");
            Assert.Equal(200, status);
            Assert.Equal((200, facade), await Contract.GetAsync(Stack.DirectClient("Accs", Airline), "accs/v1/status?after=0"));
            Assert.Contains(waybill, facade, StringComparison.Ordinal);
            Assert.Equal((200, facade), await Contract.GetAsync(Stack.Facade.Client(Airline), "accs/v1/status?after=0"));
        }
        finally
        {
            Stack.CoreGate.Mode = GateMode.Pass;
        }

        Stack.LegacyGates["Accs"].Mode = GateMode.Down;
        try
        {
            Assert.Equal((502, ""), await Contract.GetAsync(Stack.Facade.Client(Airline), "accs/v1/status?after=0"));
        }
        finally
        {
            Stack.LegacyGates["Accs"].Mode = GateMode.Pass;
        }
    }
}

public sealed class SqliteAccsFeedFaultTests(SqliteStack stack) : AccsFeedFaultTests<SqliteStack>(stack);

public sealed class PostgresAccsFeedFaultTests(PostgresStack stack) : AccsFeedFaultTests<PostgresStack>(stack);
