using Npgsql;
using Strangler.Parity.Data.Sources;
using Strangler.Parity.Data.Tests.Stores;

namespace Strangler.Parity.Data.Tests;

/// <summary>The engine across two PostgreSQL databases (two connections), and across SQLite and PostgreSQL.</summary>
public sealed class PostgresDataParityTests(TwoPostgresDatabases databases) : IClassFixture<TwoPostgresDatabases>, IAsyncLifetime
{
    private static readonly DataParityOptions Small = new() { BisectionThreshold = 100, FanOut = 8 };

    private NpgsqlConnection? _legacy;
    private NpgsqlConnection? _core;

    private NpgsqlConnection Legacy => _legacy!;

    private NpgsqlConnection Core => _core!;

    public async Task InitializeAsync()
    {
        _legacy = await databases.Legacy.OpenConnectionAsync();
        _core = await databases.Core.OpenConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        await Legacy.DisposeAsync();
        await Core.DisposeAsync();
    }

    [Fact]
    public async Task Equal_stores_are_confirmed_by_one_summary_in_the_server()
    {
        var records = History.Generate(5_000);
        var legacy = new PostgresParitySource(Legacy, await PostgresStore.CreateAsync(Legacy, records));
        var core = new PostgresParitySource(Core, await PostgresStore.CreateAsync(Core, records));

        var result = await DataParity.CompareAsync(legacy, core, KeyRange.Whole, Small);

        Assert.True(result.IsEqual);
        Assert.Equal(RangeOutcome.Equal, Assert.Single(result.Ranges).Outcome);
        Assert.Equal(5_000L, result.LegacyCount);
    }

    [Theory]
    [InlineData(PostgresRowHash.HashTextExtended)]
    [InlineData(PostgresRowHash.Md5)]
    public async Task Ten_scattered_differences_are_found_exactly_with_checksums_in_the_server(PostgresRowHash hash)
    {
        var records = History.Generate(5_000);
        var (changed, expected) = History.SeedTen(records);
        var legacy = new PostgresParitySource(Legacy, await PostgresStore.CreateAsync(Legacy, records), hash);
        var core = new PostgresParitySource(Core, await PostgresStore.CreateAsync(Core, changed), hash);

        var result = await DataParity.CompareAsync(legacy, core, KeyRange.Whole, Small);

        Assert.Equal(expected, Expect.Found(result));
        Assert.Equal(RangeOutcome.Split, result.Ranges[0].Outcome);
    }

    [Fact]
    public async Task Ten_scattered_differences_are_found_exactly_with_rows_hashed_in_dotnet()
    {
        var records = History.Generate(3_000);
        var (changed, expected) = History.SeedTen(records);
        var legacy = new SqlParitySource(Legacy, await PostgresStore.CreateAsync(Legacy, records));
        var core = new SqlParitySource(Core, await PostgresStore.CreateAsync(Core, changed));

        var result = await DataParity.CompareAsync(legacy, core, KeyRange.Whole, Small);

        Assert.Equal(expected, Expect.Found(result));
    }

    [Fact]
    public async Task A_legacy_store_on_sqlite_compares_with_a_core_store_on_postgresql()
    {
        var records = History.Generate(3_000);
        var (changed, expected) = History.SeedTen(records);
        using var legacy = SqliteStore.Create(records);
        var core = new SqlParitySource(Core, await PostgresStore.CreateAsync(Core, changed));
        var equalCore = new SqlParitySource(Core, await PostgresStore.CreateAsync(Core, records));

        var result = await DataParity.CompareAsync(legacy.Source, core, KeyRange.Whole, Small);
        var equal = await DataParity.CompareAsync(legacy.Source, equalCore, KeyRange.Whole, Small);

        Assert.Equal(expected, Expect.Found(result));
        Assert.True(equal.IsEqual);
        Assert.Single(equal.Ranges);
    }

    [Fact]
    public async Task Keys_with_odd_characters_are_split_on_and_compared_exactly_in_the_server()
    {
        var records = History.OddKeys.ToDictionary(k => k, k => "text of " + k, StringComparer.Ordinal);
        var changed = new Dictionary<string, string>(records, StringComparer.Ordinal) { ["a\\b"] = "changed", ["new\nline"] = "changed" };
        changed.Remove("\u001f");
        changed.Remove("x-y");
        changed["x_y"] = "extra";
        var legacy = new PostgresParitySource(Legacy, await PostgresStore.CreateAsync(Legacy, records));
        var core = new PostgresParitySource(Core, await PostgresStore.CreateAsync(Core, changed));

        var result = await DataParity.CompareAsync(legacy, core, KeyRange.Whole, new DataParityOptions { BisectionThreshold = 2, FanOut = 3 });

        Assert.Equal(
            [("\u001f", DataDifferenceKind.Missing), ("a\\b", DataDifferenceKind.Differing), ("new\nline", DataDifferenceKind.Differing),
             ("x-y", DataDifferenceKind.Missing), ("x_y", DataDifferenceKind.Extra)],
            Expect.Found(result));
        Assert.True(result.Ranges.Max(r => r.Depth) >= 2);
    }

    [Fact]
    public async Task An_empty_core_reports_every_legacy_record_missing_and_a_duplicate_is_reported()
    {
        var records = History.Generate(300);
        var key = records.Keys.ElementAt(7);
        var legacy = new PostgresParitySource(Legacy, await PostgresStore.CreateAsync(Legacy, records));
        var empty = new PostgresParitySource(Core, await PostgresStore.CreateAsync(Core, []));
        var doubled = new PostgresParitySource(Core, await PostgresStore.CreateAsync(Core, records.Append(new(key, records[key])), unique: false));

        var missing = await DataParity.CompareAsync(legacy, empty, KeyRange.Whole, Small);
        var duplicate = await DataParity.CompareAsync(legacy, doubled, KeyRange.Whole, Small);

        Assert.Equal([.. records.Keys.Select(k => (k, DataDifferenceKind.Missing))], Expect.Found(missing));
        Assert.Equal([(key, DataDifferenceKind.Duplicate)], Expect.Found(duplicate));
    }
}
