using Strangler.Contracts.References;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests;

/// <summary>
/// Legacy GETS queues declarations outside 07:00–23:00 and numbers them at opening; in shadow the new core must hold
/// them under legacy's numbers, not numbers of its own.
/// </summary>
public abstract class GetsQueuedTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    [Fact]
    public async Task A_declaration_legacy_queues_at_night_reaches_the_new_core_under_the_number_legacy_gives_it_at_opening()
    {
        await stack.Facade.SetStageAsync("sea", "shadow");
        var noon = stack.Clock.GetUtcNow();
        stack.Clock.Advance(TimeSpan.FromHours(11.5)); // 23:30 Hong Kong time
        var night = stack.Clock.GetUtcNow();
        var interchange = "QN" + Random.Shared.Next(100000, 999999);
        var (status, answer) = await Contract.PostAsync(stack.Facade.Client("test-tradelink"), "gets/v1/messages",
            Gets.Interchange(night, interchange, Gets.Message(night, "M1", '1', "LRN-Q-" + interchange)), Gets.ContentType);
        Assert.Equal(200, status);
        Assert.Contains("GIS+QD:HKS'", answer, StringComparison.Ordinal);
        Assert.Empty(Gets.TdecNumbers(answer));

        // The morning: legacy processes its queue; the facade learns the number and mirrors under it.
        stack.Clock.Advance(TimeSpan.FromHours(7.6));
        var tdec = await Eventually.Get(async () =>
        {
            var (_, feed) = await Contract.GetAsync(stack.DirectClient("Gets", "test-tradelink"), "gets/v1/acknowledgements?after=0&max=500");
            var at = feed.IndexOf($"RFF+ACW:{interchange}:M1'", StringComparison.Ordinal);
            return at < 0 ? null : Gets.TdecNumbers(feed[at..]).FirstOrDefault();
        }, t => t is not null, "legacy's acknowledgement");
        Assert.True(ReferenceNumber.TryParse(tdec, out var number) && number!.Issuer == IssuerBlock.Legacy, tdec);
        await Diagnostics.Explain(stack.Facade, () => Eventually.Get(
            () => Contract.GetAsync(stack.DirectClient("Core", "test-tradelink"), $"gets/v1/declarations/{tdec}"),
            r => r.Status == 200, $"{tdec} in the new core", tick: () => stack.Clock.Advance(TimeSpan.FromMilliseconds(500))));
        Assert.True(stack.Clock.GetUtcNow() > noon);
    }
}

public sealed class SqliteGetsQueuedTests(SqliteStack stack) : GetsQueuedTests<SqliteStack>(stack);

public sealed class PostgresGetsQueuedTests(PostgresStack stack) : GetsQueuedTests<PostgresStack>(stack);
