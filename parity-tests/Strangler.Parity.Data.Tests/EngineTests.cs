using FsCheck;
using FsCheck.Fluent;
using Strangler.Parity.Data.Sources;
using Strangler.Parity.Data.Tests.Stores;

namespace Strangler.Parity.Data.Tests;

/// <summary>The engine and its parts over in-memory sides.</summary>
public sealed class EngineTests
{
    [Fact]
    public async Task Sides_hashing_differently_are_refused()
    {
        using var sqlite = SqliteStore.Create([]);
        var postgres = new PostgresParitySource(sqlite.Connection, SqliteStore.Query);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => DataParity.CompareAsync(sqlite.Source, postgres, KeyRange.Whole));
        Assert.Equal("core", refused.ParamName);
    }

    [Fact]
    public void A_range_is_cut_at_split_keys_skipping_repeats_and_its_own_start()
    {
        var parts = new KeyRange("b", "z").SplitAt(["b", "d", "d", "k"]);

        Assert.Equal([new KeyRange("b", "d"), new KeyRange("d", "k"), new KeyRange("k", "z")], parts);
        Assert.Equal([KeyRange.Whole], KeyRange.Whole.SplitAt([""]));
    }

    [Fact]
    public void The_row_hash_depends_on_key_and_text_and_tells_null_from_empty()
    {
        var hash = ParityHash.Row("GETS-1", "a");

        Assert.Equal(hash, ParityHash.Row("GETS-1", "a"));
        Assert.NotEqual(hash, ParityHash.Row("GETS-2", "a"));
        Assert.NotEqual(hash, ParityHash.Row("GETS-1", "b"));
        Assert.NotEqual(ParityHash.Row("k", ""), ParityHash.Row("k", null));
    }

    [Fact]
    public void A_signed_sum_wraps_to_the_same_checksum_as_unsigned_addition()
    {
        ulong[] hashes = [ulong.MaxValue, 0x8000_0000_0000_0001, 42];
        var wrapped = hashes.Aggregate(0UL, (sum, h) => unchecked(sum + h));
        var signed = hashes.Select(h => new System.Numerics.BigInteger(unchecked((long)h))).Aggregate(System.Numerics.BigInteger.Add);

        Assert.Equal(wrapped, ParityHash.Wrap(signed));
    }

    [Fact]
    public async Task Rows_the_stores_order_differently_are_not_reported_when_they_are_equal()
    {
        // Missing in one range, extra in another: the same record placed by two different key orders.
        var differences = new List<DataDifference>
        {
            new("a", DataDifferenceKind.Missing, 1, null, 1, 0),
            new("b", DataDifferenceKind.Missing, 2, null, 1, 0),
            new("a", DataDifferenceKind.Extra, null, 1, 0, 1),
            new("b", DataDifferenceKind.Extra, null, 3, 0, 1),
            new("c", DataDifferenceKind.Extra, null, 4, 0, 1),
        };

        var reconciled = RowDiff.Reconcile(differences);

        Assert.Equal(
            [new DataDifference("b", DataDifferenceKind.Differing, 2, 3, 1, 1), new DataDifference("c", DataDifferenceKind.Extra, null, 4, 0, 1)],
            reconciled);
        await Task.CompletedTask;
    }

    [Fact]
    public void Bisection_finds_exactly_the_differences_a_naive_comparison_finds()
    {
        var keys = Gen.Elements("a", "b", "c", "ab", "ba", "x%", "é", "中", "z", "zz", "A", "0", "")
            .SelectMany(head => Gen.Choose(0, 60).Select(n => head + n));
        var record = keys.SelectMany(k => Gen.Elements("one", "two").Select(t => (Key: k, Text: t)));
        var sides = record.ListOf().Two();

        Prop.ForAll(sides.ToArbitrary(), pair =>
        {
            var legacy = pair.Item1.DistinctBy(r => r.Key).ToDictionary(r => r.Key, r => r.Text);
            var core = pair.Item2.DistinctBy(r => r.Key).ToDictionary(r => r.Key, r => r.Text);
            var expected = legacy.Keys.Union(core.Keys).Order(StringComparer.Ordinal)
                .Select(k => (k, Kind: !core.ContainsKey(k) ? DataDifferenceKind.Missing
                    : !legacy.ContainsKey(k) ? DataDifferenceKind.Extra
                    : legacy[k] != core[k] ? DataDifferenceKind.Differing : (DataDifferenceKind?)null))
                .Where(x => x.Kind is not null)
                .Select(x => (x.k, x.Kind!.Value))
                .ToList();

            var result = DataParity.CompareAsync(
                new InMemoryParitySource(legacy), new InMemoryParitySource(core), KeyRange.Whole,
                new DataParityOptions { BisectionThreshold = 3, FanOut = 3 }).GetAwaiter().GetResult();

            return expected.SequenceEqual(Expect.Found(result));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public async Task Equal_halves_are_not_summarised_again()
    {
        var records = History.Generate(1_000);
        var (changed, _) = History.SeedTen(records);
        var legacy = new InMemoryParitySource(records);
        var core = new InMemoryParitySource(changed);

        await DataParity.CompareAsync(legacy, core, KeyRange.Whole, new DataParityOptions { BisectionThreshold = 10, FanOut = 4 });

        // Every visited range is summarised once per side: never more than (fan-out × mismatching ranges) + 1.
        Assert.Equal(legacy.Summaries, core.Summaries);
        Assert.InRange(legacy.Summaries, 10, 4 * 10 * 6 + 1);
    }
}
