using Strangler.Parity.Data.Sources;
using Strangler.Parity.Data.Tests.Stores;

namespace Strangler.Parity.Data.Tests;

/// <summary>The engine over two SQLite databases (legacy and core are two separate in-memory databases).</summary>
public sealed class SqliteDataParityTests
{
    private static readonly DataParityOptions Small = new() { BisectionThreshold = 100, FanOut = 8 };

    [Fact]
    public async Task Equal_stores_have_no_difference_and_are_settled_by_one_range()
    {
        var records = History.Generate(5_000);
        using var legacy = SqliteStore.Create(records);
        using var core = SqliteStore.Create(records);

        var result = await DataParity.CompareAsync(legacy.Source, core.Source, KeyRange.Whole, Small);

        Assert.True(result.IsEqual);
        Assert.Empty(result.Differences);
        Assert.Equal((5_000L, 5_000L), (result.LegacyCount, result.CoreCount));
        var range = Assert.Single(result.Ranges);
        Assert.Equal(RangeOutcome.Equal, range.Outcome);
    }

    [Fact]
    public async Task Ten_scattered_differences_are_found_exactly_by_bisection()
    {
        var records = History.Generate(5_000);
        var (changed, expected) = History.SeedTen(records);
        using var legacy = SqliteStore.Create(records);
        using var core = SqliteStore.Create(changed);

        var result = await DataParity.CompareAsync(legacy.Source, core.Source, KeyRange.Whole, Small);

        Assert.Equal(expected, Expect.Found(result));
        Assert.False(result.IsEqual);
        Assert.Equal((5_000L, 5_000L), (result.LegacyCount, result.CoreCount));
        Assert.Equal(RangeOutcome.Split, result.Ranges[0].Outcome);
        Assert.Equal(10, result.Ranges.Sum(r => r.Differences));
        // Bisection compared far fewer records one by one than the stores hold.
        Assert.True(result.Ranges.Where(r => r.Outcome == RangeOutcome.Diffed).Sum(r => r.Legacy.Count) <= 10 * Small.BisectionThreshold);
    }

    [Fact]
    public async Task A_changed_record_carries_both_hashes_and_both_canonical_texts_can_be_fetched()
    {
        var records = History.Generate(300);
        var (changed, _) = History.SeedTen(records);
        using var legacy = SqliteStore.Create(records);
        using var core = SqliteStore.Create(changed);

        var result = await DataParity.CompareAsync(legacy.Source, core.Source, KeyRange.Whole, Small);

        var first = result.Differences.First(d => d.Kind == DataDifferenceKind.Differing);
        Assert.Equal(ParityHash.Row(first.Key, records[first.Key]), first.LegacyHash);
        Assert.Equal(ParityHash.Row(first.Key, changed[first.Key]), first.CoreHash);
        Assert.Equal(records[first.Key], await legacy.Source.CanonicalAsync(first.Key));
        Assert.Equal(changed[first.Key], await core.Source.CanonicalAsync(first.Key));
    }

    [Fact]
    public async Task An_empty_core_reports_every_legacy_record_missing()
    {
        var records = History.Generate(250);
        using var legacy = SqliteStore.Create(records);
        using var core = SqliteStore.Create([]);

        var result = await DataParity.CompareAsync(legacy.Source, core.Source, KeyRange.Whole, Small);

        Assert.Equal([.. records.Keys.Select(k => (k, DataDifferenceKind.Missing))], Expect.Found(result));
        Assert.Equal((250L, 0L), (result.LegacyCount, result.CoreCount));
    }

    [Fact]
    public async Task An_empty_legacy_reports_every_core_record_extra_and_two_empty_stores_are_equal()
    {
        var records = History.Generate(40);
        using var empty = SqliteStore.Create([]);
        using var alsoEmpty = SqliteStore.Create([]);
        using var core = SqliteStore.Create(records);

        var extra = await DataParity.CompareAsync(empty.Source, core.Source, KeyRange.Whole, Small);
        var none = await DataParity.CompareAsync(empty.Source, alsoEmpty.Source, KeyRange.Whole, Small);

        Assert.Equal([.. records.Keys.Select(k => (k, DataDifferenceKind.Extra))], Expect.Found(extra));
        Assert.True(none.IsEqual);
        Assert.Equal(new RangeSummary(0, 0), none.Ranges.Single().Legacy);
    }

    [Fact]
    public async Task Keys_with_odd_characters_are_split_on_and_compared_exactly()
    {
        var records = History.OddKeys.ToDictionary(k => k, k => "text of " + k, StringComparer.Ordinal);
        var changed = new Dictionary<string, string>(records, StringComparer.Ordinal) { ["O'Brien"] = "changed", ["中文參考"] = "changed" };
        changed.Remove("100%");
        changed.Remove("");
        changed["a%"] = "extra";

        using var legacy = SqliteStore.Create(records);
        using var core = SqliteStore.Create(changed);
        var options = new DataParityOptions { BisectionThreshold = 2, FanOut = 3 };

        var result = await DataParity.CompareAsync(legacy.Source, core.Source, KeyRange.Whole, options);

        Assert.Equal(
            [("", DataDifferenceKind.Missing), ("100%", DataDifferenceKind.Missing), ("O'Brien", DataDifferenceKind.Differing),
             ("a%", DataDifferenceKind.Extra), ("中文參考", DataDifferenceKind.Differing)],
            Expect.Found(result));
        Assert.True(result.Ranges.Max(r => r.Depth) >= 2);
    }

    [Fact]
    public async Task A_record_stored_twice_in_the_core_is_reported_as_duplicate()
    {
        var records = History.Generate(500);
        var key = records.Keys.ElementAt(321);
        using var legacy = SqliteStore.Create(records);
        using var core = SqliteStore.Create(records.Append(new(key, records[key])), unique: false);

        var result = await DataParity.CompareAsync(legacy.Source, core.Source, KeyRange.Whole, Small);

        var duplicate = Assert.Single(result.Differences);
        Assert.Equal((key, DataDifferenceKind.Duplicate, 1, 2), (duplicate.Key, duplicate.Kind, duplicate.LegacyOccurrences, duplicate.CoreOccurrences));
        Assert.Equal((500L, 501L), (result.LegacyCount, result.CoreCount));
    }

    [Fact]
    public async Task A_bounded_range_compares_only_the_records_inside_it()
    {
        var records = History.Generate(1_000);
        var (changed, expected) = History.SeedTen(records);
        using var legacy = SqliteStore.Create(records);
        using var core = SqliteStore.Create(changed);
        var range = new KeyRange("C", "N");

        var result = await DataParity.CompareAsync(legacy.Source, core.Source, range, Small);

        Assert.Equal(
            [.. expected.Where(e => string.CompareOrdinal(e.Key, "C") >= 0 && string.CompareOrdinal(e.Key, "N") < 0)],
            Expect.Found(result));
        Assert.Equal(records.Keys.Count(k => k[0] is 'C' or 'M'), result.LegacyCount);
    }
}
