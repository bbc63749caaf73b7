using Dapper;
using Strangler.Legacy.Platform.Schema;
using Strangler.Legacy.Platform.Store;
using Strangler.Legacy.Platform.Tests.Demo;
using Strangler.Testing;

namespace Strangler.Legacy.Platform.Tests;

/// <summary>The store plumbing on one provider: migrations, sequences, unique violations, Hong Kong local times, transactions.</summary>
public abstract class StoreTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);

    protected abstract LegacyDatabase Database { get; }

    protected abstract string ProviderName { get; }

    [Fact]
    public async Task Migrations_create_the_prefixed_tables_and_record_themselves_once()
    {
        SchemaMigrator.MigrateUp(Database.Provider, Database.ConnectionString, typeof(DemoStandIn).Assembly, "DMO_");
        var versions = await Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM DMO_SCHEMA_VERSION WHERE VERSION_NO = 1"));
        Assert.Equal(1, versions);
        var sequences = await Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM DMO_SEQUENCES WHERE 1 = 0"));
        Assert.Equal(0, sequences);
    }

    [Fact]
    public async Task A_sequence_starts_at_1_and_counts_up_per_name_and_per_day()
    {
        var name = Unique("S");
        var values = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            values.Add(await Next(name, Day));
        }

        values.Add(await Next(name, Day.AddDays(1)));
        values.Add(await Next(name, null));
        values.Add(await Next(Unique("T"), Day));
        values.Add(await Next(name, Day));
        Assert.Equal([1, 2, 3, 1, 1, 1, 4], values);
    }

    [Fact]
    public async Task A_legacy_block_sequence_stops_below_the_new_core_block()
    {
        var name = Unique("L");
        var values = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            values.Add(await Database.WriteAsync((c, t) => new LegacySequences("DMO_").NextLegacyAsync(c, t, name, Day, width: 1)));
        }

        Assert.Equal([1, 2, 3, 4], values);
        await Assert.ThrowsAsync<SequenceExhaustedException>(() =>
            Database.WriteAsync((c, t) => new LegacySequences("DMO_").NextLegacyAsync(c, t, name, Day, width: 1)));
        Assert.Equal(1, await Next(name, Day.AddDays(1)));
    }

    [Fact]
    public async Task Concurrent_draws_give_every_value_once()
    {
        var name = Unique("C");
        var draws = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => Next(name, Day))));
        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), draws.Order());
    }

    [Fact]
    public async Task A_rolled_back_write_leaves_no_row_and_no_gap()
    {
        var name = Unique("R");
        await Assert.ThrowsAsync<InvalidOperationException>(() => Database.WriteAsync<long>(async (c, t) =>
        {
            await new LegacySequences("DMO_").NextAsync(c, t, name, Day);
            await Insert(c, t, 900_000_001, "TD12611269999999", DateTimeOffset.UnixEpoch);
            throw new InvalidOperationException("failure part-way");
        }));
        Assert.Equal(1, await Next(name, Day));
        Assert.Equal(0, await Database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM DMO_DOCUMENTS WHERE DOC_ID = 900000001")));
    }

    [Fact]
    public async Task A_duplicate_key_is_recognised_as_a_unique_violation_and_other_errors_are_not()
    {
        var id = Random.Shared.NextInt64(1, 800_000_000);
        var reference = "TD1261126" + Random.Shared.Next(0, 9_999_999).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        await Database.WriteAsync((c, t) => Insert(c, t, id, reference, DateTimeOffset.UnixEpoch));
        var duplicate = await Record.ExceptionAsync(() => Database.WriteAsync((c, t) => Insert(c, t, id + 1, reference, DateTimeOffset.UnixEpoch)));
        Assert.True(LegacyDatabase.IsUniqueViolation(duplicate), duplicate?.ToString());
        var syntax = await Record.ExceptionAsync(() => Database.ReadAsync(c => c.ExecuteAsync("SELEKT 1")));
        Assert.NotNull(syntax);
        Assert.False(LegacyDatabase.IsUniqueViolation(syntax));
        Assert.False(LegacyDatabase.IsUniqueViolation(new InvalidOperationException()));
    }

    [Fact]
    public async Task Times_are_stored_as_hong_kong_local_time_without_zone_and_read_back_at_plus_8()
    {
        HongKongLocalTime.RegisterWithDapper();
        var id = Random.Shared.NextInt64(1, 800_000_000);
        var instant = new DateTimeOffset(2026, 11, 26, 16, 30, 15, 678, TimeSpan.Zero); // 00:30:15 next day in Hong Kong
        await Database.WriteAsync((c, t) => Insert(c, t, id, "TD1261127" + id.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)[^7..], instant));

        var raw = await Database.ReadAsync(c => c.ExecuteScalarAsync<object>("SELECT RECEIVED_AT FROM DMO_DOCUMENTS WHERE DOC_ID = @id", new { id }));
        var expectedLocal = new DateTime(2026, 11, 27, 0, 30, 15, DateTimeKind.Unspecified);
        if (Database.Provider == StoreProvider.Sqlite)
        {
            Assert.Equal("2026-11-27 00:30:15", raw);
        }
        else
        {
            Assert.Equal(expectedLocal, raw);
        }

        var read = await Database.ReadAsync(c => c.QuerySingleAsync<DocumentRow>("SELECT DOC_ID AS Id, RECEIVED_AT AS ReceivedAt FROM DMO_DOCUMENTS WHERE DOC_ID = @id", new { id }));
        Assert.Equal(new DateTimeOffset(expectedLocal, TimeSpan.FromHours(8)), read.ReceivedAt);
        Assert.Equal(TimeSpan.FromHours(8), read.ReceivedAt.Offset);
        Assert.Equal(new DateTimeOffset(expectedLocal, TimeSpan.FromHours(8)), HongKongLocalTime.FromStored(raw!));
    }

    [Fact]
    public async Task Dates_round_trip_as_calendar_dates_and_nulls_stay_null()
    {
        var date = new DateOnly(2026, 2, 28);
        var row = await Database.ReadAsync(c => c.QuerySingleAsync<DateRow>(
            Database.Provider == StoreProvider.Sqlite ? "SELECT @date AS Day, @none AS Missing" : "SELECT CAST(@date AS date) AS Day, CAST(@none AS date) AS Missing",
            new { date, none = (DateOnly?)null }));
        Assert.Equal(new DateRow(date, null), row);
        var nullTime = await Database.ReadAsync(c => c.QuerySingleAsync<TimeRow>(
            Database.Provider == StoreProvider.Sqlite ? "SELECT @at AS At, @none AS Missing" : "SELECT CAST(@at AS timestamp) AS At, CAST(@none AS timestamp) AS Missing",
            new { at = new DateTimeOffset(2026, 2, 28, 23, 59, 59, TimeSpan.FromHours(8)), none = (DateTimeOffset?)null }));
        Assert.Equal(new TimeRow(new DateTimeOffset(2026, 2, 28, 23, 59, 59, TimeSpan.FromHours(8)), null), nullTime);
    }

    public sealed record DateRow(DateOnly Day, DateOnly? Missing);

    public sealed record TimeRow(DateTimeOffset At, DateTimeOffset? Missing);

    public sealed record DocumentRow(long Id, DateTimeOffset ReceivedAt);

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    private Task<long> Next(string name, DateOnly? day) =>
        Database.WriteAsync((c, t) => new LegacySequences("DMO_").NextAsync(c, t, name, day));

    private static async Task<int> Insert(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, long id, string reference, DateTimeOffset at)
    {
        HongKongLocalTime.RegisterWithDapper();
        return await c.ExecuteAsync(
            "INSERT INTO DMO_DOCUMENTS (DOC_ID, DOC_REF, CLIENT_KEY, VERSION_NO, RECEIVED_AT, BODY_TEXT) VALUES (@id, @reference, 'k', 1, @at, 'b')",
            new { id, reference, at }, t);
    }
}

public sealed class SqliteStoreTests : StoreTests, IClassFixture<SqliteStoreFixture>, IDisposable
{
    private readonly LegacyDatabase _database;

    public SqliteStoreTests(SqliteStoreFixture store)
    {
        _database = new LegacyDatabase(StoreProvider.Sqlite, store.ConnectionString);
        _database.PrepareAsync().GetAwaiter().GetResult();
        SchemaMigrator.MigrateUp(StoreProvider.Sqlite, store.ConnectionString, typeof(DemoStandIn).Assembly, "DMO_");
    }

    protected override LegacyDatabase Database => _database;

    protected override string ProviderName => "sqlite";

    [Fact]
    public async Task The_sqlite_store_runs_in_wal_mode()
    {
        var mode = await Database.ReadAsync(c => c.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal("wal", mode);
    }

    public void Dispose() => _database.Dispose();
}

public sealed class PostgresStoreTests : StoreTests, IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly LegacyDatabase _database;

    public PostgresStoreTests(PostgresDatabaseFixture store)
    {
        _database = new LegacyDatabase(StoreProvider.Postgres, store.ConnectionString);
        SchemaMigrator.MigrateUp(StoreProvider.Postgres, store.ConnectionString, typeof(DemoStandIn).Assembly, "DMO_");
    }

    protected override LegacyDatabase Database => _database;

    protected override string ProviderName => "postgres";

    [Fact]
    public async Task Concurrent_first_use_of_a_sequence_is_race_safe()
    {
        for (var round = 0; round < 5; round++)
        {
            var name = "F" + Guid.NewGuid().ToString("N")[..12];
            var start = new TaskCompletionSource();
            var draws = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                await start.Task;
                return await Database.WriteAsync((c, t) => new LegacySequences("DMO_").NextAsync(c, t, name, new DateOnly(2026, 11, 26)));
            })).ToList();
            start.SetResult();
            Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), (await Task.WhenAll(draws)).Order());
        }
    }

    public void Dispose() => _database.Dispose();
}
