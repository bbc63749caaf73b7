using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Testing;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Routing.Ownership;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests;

/// <summary>
/// Every stage of every unit, end to end: a new document is answered by the side the stage table names (seen from the
/// issuer digit of the number it gets) and reaches the other side exactly when the stage mirrors.
/// </summary>
public abstract class StageMatrixTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    private const int CanaryPercent = 50;
    private static int _next;

    [Theory]
    [InlineData("road")]
    [InlineData("air")]
    [InlineData("sea")]
    [InlineData("river")]
    [InlineData("rail")]
    public async Task Each_stage_routes_a_new_document_as_the_stage_table_says(string unit)
    {
        foreach (var stage in new[] { "legacy", "shadow", "canary", "live", "complete" })
        {
            await stack.Facade.SetStageAsync(unit, stage, stage == "canary" ? CanaryPercent : null);
            var store = stack.Facade.Services.GetRequiredService<ComparisonStore>();
            var before = (await store.ListAsync(null, null, 0, 100_000)).Select(r => r.Id).DefaultIfEmpty(0).Max();
            var (number, stickyKey) = await SubmitAsync(unit);
            var coreAnswers = stage switch
            {
                "legacy" or "shadow" => false,
                "live" or "complete" => true,
                _ => StickyBucket.Of(stickyKey) < CanaryPercent,
            };
            Assert.True((number[Digit(unit)] >= '5') == coreAnswers, $"{unit} {stage}: {number} should come from {(coreAnswers ? "the new core" : "legacy")}");

            var mirrored = stage is "shadow" or "canary" or "live";
            if (mirrored)
            {
                var record = (await Eventually.Get(() => store.ListAsync(unit, null, before, 100), r => r.Any(c => c.SecondaryStatus is not null),
                    $"{unit} {stage}: the mirror's comparison")).First(c => c.SecondaryStatus is not null);
                Assert.Equal(coreAnswers ? "core" : "legacy", record.PrimarySide);
                Assert.Equal(stage, record.Stage);
                Assert.Equal(200, record.SecondaryStatus);
            }
            else
            {
                Assert.DoesNotContain(await store.ListAsync(unit, null, before, 100), c => true);
            }
        }
    }

    private static int Digit(string unit) => unit switch
    {
        "road" => 7,  // C + YYMMDD + sequence
        "air" => 7,   // A + YYMMDD + sequence (the FMA receipt)
        _ => 9,       // TD + mode + YYMMDD + sequence
    };

    /// <summary>Submits a new document of the unit through the facade; returns its issued number and the canary key it was routed by.</summary>
    private async Task<(string Number, string StickyKey)> SubmitAsync(string unit)
    {
        var now = stack.Clock.GetUtcNow();
        var n = Interlocked.Increment(ref _next);
        switch (unit)
        {
            case "road":
            {
                var id = $"MX{n}-{Guid.NewGuid():N}"[..20];
                var (_, answer) = await Road.LodgeAsync(stack.Facade.Client("test-shipper"), now, id);
                return (Road.Ccrn(answer), "test-shipper|" + id);
            }

            case "air":
            {
                var serial = Random.Shared.Next(1_000_000, 9_999_999);
                var awb = $"160-{serial}{serial % 7}";
                var body = Contract.Vary(ContractSamples.Read("accs/01-fwb-accepted.txt", now), ("160-12345675", awb));
                var (status, answer) = await Contract.PostAsync(stack.Facade.Client("test-cathay"), "accs/v1/messages", body, "text/plain");
                Assert.True(status == 200 && answer.StartsWith("FMA/1", StringComparison.Ordinal), answer);
                return (Contract.Between(answer, "ACK/ACCEPTED/", "\r"), awb);
            }

            default:
            {
                var mode = unit switch { "sea" => '1', "river" => '8', _ => '2' };
                var interchange = $"MX{n:D4}{Random.Shared.Next(100000, 999999)}";
                var (status, answer) = await Contract.PostAsync(stack.Facade.Client("test-tradelink"), "gets/v1/messages",
                    Gets.Interchange(now, interchange, Gets.Message(now, "M1", mode, "LRN-" + interchange)), Gets.ContentType);
                Assert.True(status == 200 && Gets.TdecNumbers(answer).Count == 1, answer);
                return (Gets.TdecNumbers(answer)[0], "test-tradelink|" + interchange);
            }
        }
    }
}

public sealed class SqliteStageMatrixTests(SqliteStack stack) : StageMatrixTests<SqliteStack>(stack);

public sealed class PostgresStageMatrixTests(PostgresStack stack) : StageMatrixTests<PostgresStack>(stack);
