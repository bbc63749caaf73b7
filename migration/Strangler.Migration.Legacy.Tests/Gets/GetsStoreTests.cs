using Strangler.Contracts.Testing;
using Strangler.Legacy.Gets;
using Strangler.Legacy.Platform.Testing;
using Strangler.Migration.Legacy.Gets;
using Strangler.Testing;

namespace Strangler.Migration.Legacy.Tests.Gets;

/// <summary>The GETS reader on a store written by the stand-in itself: PostgreSQL against SQLite, and a corrupted row.</summary>
public sealed class GetsStoreTests
{
    private readonly GetsLegacyReader reader = new();

    [Fact]
    public async Task The_same_declarations_read_from_a_PostgreSQL_store_equal_those_read_from_SQLite()
    {
        await using var database = new PostgresDatabaseFixture();
        await database.InitializeAsync();
        await using var postgres = await StandInStores.StartAsync<GetsStandIn>(StoreKind.Postgres(database.ConnectionString));
        await using var sqlite = await StandInStores.StartAsync<GetsStandIn>(StoreKind.Sqlite);

        foreach (var host in new[] { postgres, sqlite })
        {
            await FeedAsync(host);
        }

        var fromPostgres = await StandInStores.ReadAsync(postgres, reader);
        var fromSqlite = await StandInStores.ReadAsync(sqlite, reader);

        Assert.DoesNotContain(fromPostgres, r => r.Quarantined is not null);
        Assert.Equal(3, fromPostgres.Count);
        Assert.Equal(3, fromPostgres.Single(r => r.Document!.Versions.Count > 1).Document!.Versions.Count);
        LegacyParity.AssertEqual(LegacyParity.Legacy(fromSqlite), LegacyParity.Legacy(fromPostgres), []);
    }

    [Fact]
    public async Task A_version_with_an_unknown_function_code_is_quarantined_with_its_reason_and_the_others_still_map()
    {
        await using var sqlite = await StandInStores.StartAsync<GetsStandIn>(StoreKind.Sqlite);
        await FeedAsync(sqlite);
        var tdecNo = (await StandInStores.ReadAsync(sqlite, reader)).Single(r => r.Document!.Versions.Count > 1).Document!.Reference;
        await StandInStores.ExecuteAsync(sqlite, $"""
            UPDATE GTS_DECLARATION_VERSION SET FUNCTION_CODE = 'X'
             WHERE VERSION_NO = 2 AND DECLARATION_ID = (SELECT DECLARATION_ID FROM GTS_DECLARATION WHERE TDEC_NO = '{tdecNo}')
            """);

        var reads = await StandInStores.ReadAsync(sqlite, reader);

        var quarantined = Assert.Single(reads, r => r.Quarantined is not null).Quarantined!;
        Assert.EndsWith($"({tdecNo})", quarantined.LegacyKey, StringComparison.Ordinal);
        Assert.Equal("version 2: FUNCTION_CODE 'X' is not 9, 5 or 1", quarantined.Reason);
        Assert.Equal(StandInStores.Day, quarantined.Day);
        Assert.Equal(2, reads.Count(r => r.Document is not null));
    }

    // Three declarations (gets/01 amended and cancelled, gets/02, gets/04's accepted message).
    private static async Task FeedAsync(StandInTestHost host)
    {
        var now = StandInStores.Noon;
        const string path = "gets/v1/messages";
        const string key = "test-tradelink";
        var first = await StandInStores.PostAsync(host, path, key, ContractSamples.Read("gets/01-import-sea-accepted.edi", now));
        await StandInStores.PostAsync(host, path, key, ContractSamples.Read("gets/02-export-air-late-penalty.edi", now));
        using (var client = host.CreateClient(key))
        {
            await Facade.Testing.Contract.PostAsync(client, path, ContractSamples.Read("gets/04-two-messages-one-bad-unt.edi", now), "application/edifact");
        }

        var tdecNo = Facade.Testing.Gets.TdecNumbers(first)[0];
        await StandInStores.PostAsync(host, path, key, GetsMessages.Amendment(now, "IC0000101", "LRN-2026-0001", tdecNo));
        await StandInStores.PostAsync(host, path, key, GetsMessages.Cancellation(now, "IC0000102", "LRN-2026-0001", tdecNo));
    }
}
