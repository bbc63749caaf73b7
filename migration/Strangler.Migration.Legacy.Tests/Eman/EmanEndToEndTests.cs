using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Testing;
using Strangler.Core.Store.Database;
using Strangler.Facade.Testing;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Legacy.Eman;
using Strangler.Migration.Legacy.Tests.Gets;

namespace Strangler.Migration.Legacy.Tests.Eman;

/// <summary>
/// The real thing: manifests sent through the facade with every unit in shadow, so the legacy EMAN answers and the new
/// core stores the same messages with legacy's EMAN refs and received-at. Read back from the legacy store, every version
/// must have the canonical form the core stored.
/// </summary>
public sealed class EmanEndToEndTests(SqliteStack stack) : IClassFixture<SqliteStack>
{
    [Fact]
    public async Task Manifests_with_an_amendment_and_a_cancellation_read_from_legacy_exactly_as_the_core_stored_them()
    {
        foreach (var unit in new[] { "road", "air", "sea", "river", "rail" })
        {
            await stack.Facade.SetStageAsync(unit, "shadow");
        }

        var now = stack.Clock.GetUtcNow();
        using var msc = stack.Facade.Client("test-msc");
        using var cathay = stack.Facade.Client("test-cathay");
        var sea = await PostAsync(msc, ContractSamples.Read(EmanMessages.Sample, now));
        await PostAsync(cathay, ContractSamples.Read("eman/03-air-import-s2-accepted.edi", now));
        var emanRef = Facade.Testing.Gets.TdecNumbers(sea)[0];
        Assert.StartsWith("EM1", emanRef, StringComparison.Ordinal);
        var amended = await PostAsync(msc, EmanMessages.Amendment(now, "EM0000101", emanRef));
        Assert.DoesNotContain("ERC+", amended, StringComparison.Ordinal);
        var cancelled = await PostAsync(msc, EmanMessages.Cancellation(now, "EM0000102", emanRef));
        Assert.DoesNotContain("ERC+", cancelled, StringComparison.Ordinal);

        var reader = new EmanLegacyReader();
        var legacyDatabase = stack.StandIn("Eman").Services.GetRequiredService<LegacyDatabase>();
        await using var connection = await legacyDatabase.OpenAsync();
        var reads = await LegacyParity.ReadAllAsync(reader, connection, LegacySelection.Day(new DateOnly(2026, 11, 26)));
        Assert.DoesNotContain(reads, r => r.Quarantined is not null);
        var legacy = LegacyParity.Legacy(reads);
        Assert.Equal(2, legacy.Count);
        Assert.Equal(3, legacy[emanRef].Count);

        var coreDatabase = stack.Core.Services.GetRequiredService<CoreDatabase>();
        var core = await Eventually.Get(() => LegacyParity.CoreAsync(coreDatabase, "Manifest"),
            c => legacy.All(l => c.TryGetValue(l.Key, out var versions) && versions.Count == l.Value.Count), "the core to hold every mirrored version", 60);
        LegacyParity.AssertEqual(legacy, core, reader.NotHeld);
    }

    private static async Task<string> PostAsync(HttpClient client, byte[] body)
    {
        var (status, answer) = await Contract.PostAsync(client, "eman/v1/manifests", body, "application/edifact");
        Assert.Equal(200, status);
        return answer;
    }
}
