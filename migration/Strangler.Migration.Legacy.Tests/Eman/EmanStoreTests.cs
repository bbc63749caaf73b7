using Strangler.Contracts.Testing;
using Strangler.Legacy.Eman;
using Strangler.Legacy.Platform.Testing;
using Strangler.Migration.Legacy.Eman;
using Strangler.Migration.Legacy.Tests.Gets;
using Strangler.Testing;

namespace Strangler.Migration.Legacy.Tests.Eman;

/// <summary>The EMAN reader on a store written by the stand-in itself: PostgreSQL against SQLite, and a corrupted row.</summary>
public sealed class EmanStoreTests
{
    private readonly EmanLegacyReader reader = new();

    [Fact]
    public async Task The_same_manifests_read_from_a_PostgreSQL_store_equal_those_read_from_SQLite()
    {
        await using var database = new PostgresDatabaseFixture();
        await database.InitializeAsync();
        await using var postgres = await StandInStores.StartAsync<EmanStandIn>(StoreKind.Postgres(database.ConnectionString));
        await using var sqlite = await StandInStores.StartAsync<EmanStandIn>(StoreKind.Sqlite);

        foreach (var host in new[] { postgres, sqlite })
        {
            await FeedAsync(host);
        }

        var fromPostgres = await StandInStores.ReadAsync(postgres, reader);
        var fromSqlite = await StandInStores.ReadAsync(sqlite, reader);

        Assert.DoesNotContain(fromPostgres, r => r.Quarantined is not null);
        Assert.Equal(2, fromPostgres.Count);
        Assert.Equal(3, fromPostgres.Single(r => r.Document!.Versions.Count > 1).Document!.Versions.Count);
        LegacyParity.AssertEqual(LegacyParity.Legacy(fromSqlite), LegacyParity.Legacy(fromPostgres), []);
    }

    [Fact]
    public async Task A_container_with_an_unknown_full_empty_code_is_quarantined_with_its_reason_and_the_others_still_map()
    {
        await using var sqlite = await StandInStores.StartAsync<EmanStandIn>(StoreKind.Sqlite);
        await FeedAsync(sqlite);
        var emanRef = (await StandInStores.ReadAsync(sqlite, reader)).Single(r => r.Document!.Versions.Count > 1).Document!.Reference;
        await StandInStores.ExecuteAsync(sqlite, $"""
            UPDATE EMN_EQUIPMENT SET FULL_EMPTY_CD = '7'
             WHERE VERSION_NO = 1 AND EQD_SEQ_NO = 2 AND MANIFEST_ID = (SELECT MANIFEST_ID FROM EMN_MANIFEST WHERE EMAN_REF = '{emanRef}')
            """);

        var reads = await StandInStores.ReadAsync(sqlite, reader);

        var quarantined = Assert.Single(reads, r => r.Quarantined is not null).Quarantined!;
        Assert.EndsWith($"({emanRef})", quarantined.LegacyKey, StringComparison.Ordinal);
        Assert.Equal("version 1: EQD 2 FULL_EMPTY_CD '7' is not 4 or 5", quarantined.Reason);
        Assert.Equal(StandInStores.Day, quarantined.Day);
        Assert.Single(reads, r => r.Document is not null);
    }

    // Two manifests: eman/01 amended and cancelled, eman/03.
    private static async Task FeedAsync(StandInTestHost host)
    {
        var now = StandInStores.Noon;
        const string path = "eman/v1/manifests";
        var sea = await StandInStores.PostAsync(host, path, "test-msc", ContractSamples.Read(EmanMessages.Sample, now));
        await StandInStores.PostAsync(host, path, "test-cathay", ContractSamples.Read("eman/03-air-import-s2-accepted.edi", now));
        var emanRef = Facade.Testing.Gets.TdecNumbers(sea)[0];
        await StandInStores.PostAsync(host, path, "test-msc", EmanMessages.Amendment(now, "EM0000101", emanRef));
        await StandInStores.PostAsync(host, path, "test-msc", EmanMessages.Cancellation(now, "EM0000102", emanRef));
    }
}
