using Strangler.Parity.Data;
using Strangler.Parity.Data.Sources;
using Strangler.Parity.Stores.Records;

namespace Strangler.Parity.Stores.Tests;

public sealed class RecordSourceTests
{
    private static readonly CanonicalRecord[] Records =
    [
        new("B/00001", "Declaration", "x=1\n"),
        new("A/00002", "Declaration", "x=2\n"),
        new("A/00001", "Declaration", "x=3\n"),
        new("C/00001", "Manifest", "y=\n"),
    ];

    [Fact]
    public async Task A_range_is_counted_and_checksummed_over_its_keys_in_ordinal_order()
    {
        var source = new CanonicalRecordSource(Records);

        var summary = await source.SummariseAsync(new KeyRange("A/00002", "C/00001"));

        Assert.Equal(2, summary.Count);
        Assert.Equal(unchecked(ParityHash.Row("A/00002", "x=2\n") + ParityHash.Row("B/00001", "x=1\n")), summary.Checksum);
        var rows = new List<string>();
        await foreach (var row in source.RowsAsync(KeyRange.Whole))
        {
            rows.Add(row.Key);
        }

        Assert.Equal(["A/00001", "A/00002", "B/00001", "C/00001"], rows);
    }

    [Fact]
    public async Task Split_keys_cut_a_range_into_parts_inside_it()
    {
        var source = new CanonicalRecordSource(Enumerable.Range(0, 100).Select(i => new CanonicalRecord($"K{i:D3}/00001", "Declaration", $"v={i}\n")));

        var keys = await source.SplitKeysAsync(new KeyRange("K010/00001", "K050/00001"), 40, 4);

        Assert.Equal(["K020/00001", "K030/00001", "K040/00001"], keys);
    }

    [Fact]
    public void A_duplicated_key_is_found_twice()
    {
        var source = new CanonicalRecordSource([.. Records, new CanonicalRecord("B/00001", "Declaration", "x=9\n")]);

        Assert.Equal(2, source.Find("B/00001").Count);
        Assert.Empty(source.Find("Z/00001"));
    }

    [Fact]
    public void A_record_key_reads_back_as_reference_and_version()
    {
        var key = RecordKeys.Of("HK/2026/01", 12);

        Assert.Equal("HK/2026/01/00012", key);
        Assert.Equal(("HK/2026/01", 12), RecordKeys.Parse(key));
    }
}
