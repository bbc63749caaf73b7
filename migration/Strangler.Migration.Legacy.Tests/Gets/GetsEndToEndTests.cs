using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Testing;
using Strangler.Core.Store.Database;
using Strangler.Facade.Testing;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Legacy.Gets;

namespace Strangler.Migration.Legacy.Tests.Gets;

/// <summary>
/// The real thing: declarations sent through the facade with every unit in shadow, so the legacy GETS answers and the
/// new core stores the same messages with legacy's TDEC numbers and received-at. Read back from the legacy store, every
/// version must have the canonical form the core stored.
/// </summary>
public sealed class GetsEndToEndTests(SqliteStack stack) : IClassFixture<SqliteStack>
{
    private const string Key = "test-tradelink";

    [Fact]
    public async Task Declarations_with_an_amendment_and_a_cancellation_read_from_legacy_exactly_as_the_core_stored_them()
    {
        foreach (var unit in new[] { "road", "air", "sea", "river", "rail" })
        {
            await stack.Facade.SetStageAsync(unit, "shadow");
        }

        var now = stack.Clock.GetUtcNow();
        using var client = stack.Facade.Client(Key);
        // gets/05 (pre-shipment) is left out: legacy refuses it, so only the core holds it.
        var first = await PostAsync(client, ContractSamples.Read("gets/01-import-sea-accepted.edi", now));
        await PostAsync(client, ContractSamples.Read("gets/02-export-air-late-penalty.edi", now));
        await PostAsync(client, ContractSamples.Read("gets/04-two-messages-one-bad-unt.edi", now));
        var tdecNo = Facade.Testing.Gets.TdecNumbers(first)[0];
        var amended = await PostAsync(client, GetsMessages.Amendment(now, "IC0000101", "LRN-2026-0001", tdecNo));
        Assert.DoesNotContain("ERC+", amended, StringComparison.Ordinal);
        var cancelled = await PostAsync(client, GetsMessages.Cancellation(now, "IC0000102", "LRN-2026-0001", tdecNo));
        Assert.DoesNotContain("ERC+", cancelled, StringComparison.Ordinal);

        var reader = new GetsLegacyReader();
        var legacyDatabase = stack.StandIn("Gets").Services.GetRequiredService<LegacyDatabase>();
        await using var connection = await legacyDatabase.OpenAsync();
        var reads = await LegacyParity.ReadAllAsync(reader, connection, LegacySelection.Day(new DateOnly(2026, 11, 26)));
        Assert.DoesNotContain(reads, r => r.Quarantined is not null);
        var legacy = LegacyParity.Legacy(reads);
        Assert.Equal(3, legacy.Count);
        Assert.Equal(3, legacy[tdecNo].Count);

        var coreDatabase = stack.Core.Services.GetRequiredService<CoreDatabase>();
        var core = await Eventually.Get(() => LegacyParity.CoreAsync(coreDatabase, "Declaration"),
            c => legacy.All(l => c.TryGetValue(l.Key, out var versions) && versions.Count == l.Value.Count), "the core to hold every mirrored version", 60);
        LegacyParity.AssertEqual(legacy, core, reader.NotHeld);
    }

    private static async Task<string> PostAsync(HttpClient client, byte[] body)
    {
        var (status, answer) = await Contract.PostAsync(client, "gets/v1/messages", body, Facade.Testing.Gets.ContentType);
        Assert.Equal(200, status);
        return answer;
    }
}
