using System.Text;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Feeds;
using Strangler.Facade.Routing;
using Strangler.Facade.Routing.Ownership;

namespace Strangler.Facade.Tests.Feeds;

/// <summary>Who owns a feed entry, the order new entries join the ledger in, and the ACCS feed's reading.</summary>
public sealed class FeedRulesTests
{
    private const string LegacyTdec = "TD12611260000001";
    private const string CoreTdec = "TD12611265000001";
    private static readonly DateTimeOffset At = new(2026, 11, 26, 12, 0, 0, HongKongTime.Offset);

    private static RoutingSnapshot Snapshot(CutoverUnit unit, Stage stage, int percent = 0) =>
        new(2, At, new Dictionary<CutoverUnit, StageSetting> { [unit] = new(stage, percent) });

    [Theory]
    [InlineData(Stage.Legacy, CoreTdec, Side.Legacy)]
    [InlineData(Stage.Shadow, LegacyTdec, Side.Legacy)]
    [InlineData(Stage.Shadow, CoreTdec, Side.Core)]
    [InlineData(Stage.Live, LegacyTdec, Side.Legacy)]
    [InlineData(Stage.Live, CoreTdec, Side.Core)]
    [InlineData(Stage.Complete, LegacyTdec, Side.Core)]
    [InlineData(Stage.Live, null, Side.Legacy)]
    [InlineData(Stage.Live, "NOT-A-NUMBER", Side.Legacy)]
    public void A_gets_entry_belongs_to_the_stage_of_its_mode_or_else_the_block_that_issued_its_number(Stage stage, string? reference, Side owner) =>
        Assert.Equal(owner, FeedOwnership.OwnerOf(ContractInterface.Gets, reference, Snapshot(CutoverUnit.Sea, stage)));

    [Theory]
    [InlineData(Stage.Shadow, Side.Legacy)]
    [InlineData(Stage.Live, Side.Core)]
    [InlineData(Stage.Complete, Side.Core)]
    public void An_accs_entry_belongs_to_the_air_units_stage(Stage stage, Side owner) =>
        Assert.Equal(owner, FeedOwnership.OwnerOf(ContractInterface.Accs, "160-12345675", Snapshot(CutoverUnit.Air, stage)));

    [Fact]
    public void In_canary_an_accs_entry_belongs_to_the_side_of_its_air_waybills_sticky_bucket()
    {
        const string waybill = "160-12345675";
        var bucket = StickyBucket.Of(waybill);

        Assert.Equal(Side.Legacy, FeedOwnership.OwnerOf(ContractInterface.Accs, waybill, Snapshot(CutoverUnit.Air, Stage.Canary, bucket)));
        Assert.Equal(Side.Core, FeedOwnership.OwnerOf(ContractInterface.Accs, waybill, Snapshot(CutoverUnit.Air, Stage.Canary, bucket + 1)));
    }

    [Fact]
    public void New_entries_interleave_by_their_own_time_with_legacy_first_on_a_tie_and_each_sides_order_kept()
    {
        FeedEntry Entry(long cursor, int minute) => new(cursor, null, minute < 0 ? null : At.AddMinutes(minute), []);
        var legacy = new[] { Entry(1, 0), Entry(2, 5), Entry(3, 5), Entry(4, 9) };
        var core = new[] { Entry(1, 1), Entry(2, 5), Entry(3, 2), Entry(4, 20) };

        var merged = FeedOrder.Merge(legacy, core);

        Assert.Equal(
            ["legacy 1", "core 1", "legacy 2", "legacy 3", "core 2", "core 3", "legacy 4", "core 4"],
            merged.Select(m => $"{m.Side.ToString().ToLowerInvariant()} {m.Entry.Cursor}"));
    }

    [Fact]
    public void An_entry_without_a_time_does_not_let_the_other_side_pass_legacy()
    {
        var merged = FeedOrder.Merge([new FeedEntry(1, null, null, [])], [new FeedEntry(1, null, At, [])]);

        Assert.Equal([Side.Legacy, Side.Core], merged.Select(m => m.Side));
    }

    [Theory]
    [InlineData("26NOV1200", "2026-11-26T12:00:00+08:00")]
    [InlineData("31DEC2350", "2026-12-31T23:50:00+08:00")]
    [InlineData("02JAN0001", "2027-01-02T00:01:00+08:00")]
    [InlineData("29FEB1000", "2028-02-29T10:00:00+08:00")]
    public void A_csn_time_takes_the_year_that_puts_it_nearest_to_now(string dayMonthTime, string expected)
    {
        var now = dayMonthTime == "29FEB1000" ? new DateTimeOffset(2028, 2, 1, 0, 0, 0, HongKongTime.Offset) : new DateTimeOffset(2026, 12, 31, 12, 0, 0, HongKongTime.Offset);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AccsFeed.SetAt(dayMonthTime, now));
    }

    [Fact]
    public void An_accs_feed_reads_into_csns_owned_by_their_air_waybill_and_is_written_back_with_the_facade_cursors()
    {
        const string csn = "CSN/1\r\n160-12345675HKGLHR/T10K100.0MC0.72\r\nCSN/NC/26NOV1200/CX251/26NOV\r\n";
        var page = AccsFeed.Read(Encoding.UTF8.GetBytes(csn + "CUR/41\r\n\r\n"), At)!;

        var entry = Assert.Single(page.Entries);
        Assert.Equal((41L, "160-12345675", At), (entry.Cursor, entry.Reference, entry.At));
        Assert.Equal(csn + "CUR/3\r\n\r\n", Encoding.UTF8.GetString(AccsFeed.Write([new ServedEntry(3, entry.Body)])));
        Assert.Empty(AccsFeed.Write([]));
        Assert.Empty(AccsFeed.Read([], At)!.Entries);
        Assert.Null(AccsFeed.Read(Encoding.UTF8.GetBytes(csn + "CUR/0\r\n\r\n"), At));
    }
}
