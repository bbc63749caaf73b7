using System.Text;
using Strangler.Contracts.Time;
using Strangler.Facade.Feeds;
using Strangler.Facade.Routing;

namespace Strangler.Facade.Tests.Feeds;

/// <summary>Reading one system's EDIFACT feed into entries and writing the merged one.</summary>
public sealed class EdifactFeedTests
{
    private const string Opening = "UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+261127:0705+R0000000000042'";

    private const string First = """
        UNH+1+CUSRES:D:96B:UN:HKGETS'
        BGM+962+LRN-A+29'
        DTM+182:202611262330:203'
        RFF+ACW:IC1:M1'
        RFF+ACD:7'
        RFF+ABT:TD12611260000001'
        GIS+AC:HKS'
        MOA+161:7.00'
        UNT+9+1'

        """;

    private const string Second = """
        UNH+2+CUSRES:D:96B:UN:HKGETS'
        BGM+962+LRN-B?'S+27'
        DTM+182:202611262331:203'
        RFF+ACW:IC2:M1'
        RFF+ACD:8'
        ERP+1'
        ERC+E015:HKE'
        FTX+AAO+++VAGUE GOODS DESCRIPTION'
        UNT+9+2'

        """;

    private static string Feed(params string[] messages) =>
        Opening + "\n" + string.Concat(messages) + $"UNZ+{messages.Length}+R0000000000042'\n";

    [Fact]
    public void A_gets_feed_reads_into_entries_with_their_cursor_tdec_number_and_time()
    {
        var page = EdifactFeed.Read(ContractInterface.Gets, Encoding.UTF8.GetBytes(Feed(First, Second)));

        Assert.NotNull(page);
        Assert.Equal(Opening, page.EnvelopeOpening);
        Assert.Equal("R0000000000042", page.InterchangeRef);
        Assert.Equal([7L, 8L], page.Entries.Select(e => e.Cursor));
        Assert.Equal(["TD12611260000001", null], page.Entries.Select(e => e.Reference));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 23, 31, 0, HongKongTime.Offset), page.Entries[1].At);
        Assert.Equal(Second, Encoding.UTF8.GetString(page.Entries[1].Body));
    }

    [Fact]
    public void The_merged_feed_numbers_messages_from_one_and_carries_the_facade_cursors()
    {
        var page = EdifactFeed.Read(ContractInterface.Gets, Encoding.UTF8.GetBytes(Feed(First, Second)))!;

        var written = EdifactFeed.Write(page, [new ServedEntry(12, page.Entries[1].Body), new ServedEntry(13, page.Entries[0].Body)]);

        var expected = Feed(
            Second.Replace("UNH+2+", "UNH+1+").Replace("RFF+ACD:8'", "RFF+ACD:12'").Replace("UNT+9+2'", "UNT+9+1'"),
            First.Replace("UNH+1+", "UNH+2+").Replace("RFF+ACD:7'", "RFF+ACD:13'").Replace("UNT+9+1'", "UNT+9+2'"));
        Assert.Equal(expected, Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void An_empty_merged_feed_is_the_opening_and_unz_0()
    {
        var page = EdifactFeed.Read(ContractInterface.Gets, Encoding.UTF8.GetBytes(Feed()))!;

        Assert.Empty(page.Entries);
        Assert.Equal(Opening + "\nUNZ+0+R0000000000042'\n", Encoding.UTF8.GetString(EdifactFeed.Write(page, [])));
    }

    [Fact]
    public void An_eman_notice_is_owned_by_the_eman_ref_in_its_bgm()
    {
        const string notice = "UNH+1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+EM12611260000003+29'\nDTM+182:202611261200:203'\nRFF+ACD:1'\n" +
                              "GIS+DN:HKS'\nCNI+1+MSCUHK1234567'\nFTX+AAO+++DETAINED FOR EXAMINATION'\nUNT+8+1'\n";

        var page = EdifactFeed.Read(ContractInterface.Eman, Encoding.UTF8.GetBytes(Feed(notice)))!;

        Assert.Equal("EM12611260000003", Assert.Single(page.Entries).Reference);
    }

    [Theory]
    [InlineData("UNA:+,? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+261127:0705+R0000000000042'\nUNZ+0+R0000000000042'\n")]
    [InlineData("UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+261127:0705+R0000000000042'\nUNH+1+CUSRES:D:96B:UN:HKGETS'\nUNT+2+1'\nUNZ+1+R1'\n")]
    [InlineData("UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+261127:0705+R0000000000042'\nUNH+1+CUSRES:D:96B:UN:HKGETS'\nRFF+ACD:1'\n")]
    [InlineData("")]
    public void An_answer_that_is_not_a_canonical_feed_is_unreadable(string body) =>
        Assert.Null(EdifactFeed.Read(ContractInterface.Gets, Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void Mutated_feeds_never_throw()
    {
        var feed = Encoding.UTF8.GetBytes(Feed(First, Second));
        var random = new Random(20261127);
        for (var i = 0; i < 3000; i++)
        {
            var mutated = feed[..random.Next(feed.Length + 1)];
            for (var j = random.Next(4); j > 0 && mutated.Length > 0; j--)
            {
                mutated[random.Next(mutated.Length)] = (byte)"+:'?\n\r0A\u00ff"[random.Next(9)];
            }

            if (EdifactFeed.Read(i % 2 == 0 ? ContractInterface.Gets : ContractInterface.Eman, mutated) is { } page)
            {
                _ = EdifactFeed.Write(page, page.Entries.Select(e => new ServedEntry(e.Cursor, e.Body)).ToList());
            }
        }
    }
}
