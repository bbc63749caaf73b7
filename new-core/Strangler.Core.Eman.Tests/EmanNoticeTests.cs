using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;
using static Strangler.Core.Eman.Tests.EmanClient;

namespace Strangler.Core.Eman.Tests;

/// <summary>Cargo clearance of accepted manifests and the notice feed; the examination time is configured as 4 hours.</summary>
public abstract partial class EmanNoticeTests(CoreServer server)
{
    private const string Sea = "eman/01-sea-import-s1-accepted.edi";

    private readonly EmanClient _client = new(server);

    [Fact]
    public async Task An_ivory_consignment_gets_a_detention_notice_and_a_release_voucher_after_the_examination_time()
    {
        // Earlier tests' detentions are all released first, so that only this one's voucher comes due below.
        server.Clock.Advance(TimeSpan.FromHours(5));
        var after = await LastCursorAsync();
        var detainedAt = _client.Now;
        var request = Sample(Sea, detainedAt, Unique("I"), Unique("V")).Replace("PLASTIC TOY FIGURES", "CARVED IVORY FIGURES", StringComparison.Ordinal);
        var emanRef = EmanRefOf((await _client.PostAsync(request)).Body);

        var (status, feed) = await _client.GetAsync($"/eman/v1/notices?after={after}");
        Assert.Equal(HttpStatusCode.OK, status);
        var feedRef = AnswerRefOf(feed);
        Assert.Equal(Head("MSCUAGENT", _client.Now, feedRef) + Notice(1, emanRef, detainedAt, after + 1, "DN", "DETAINED FOR EXAMINATION") + Tail(1, feedRef), feed);
        var events = await server.Services.GetRequiredService<DocumentReader>().EventsAsync(emanRef);
        Assert.Contains(events, e => e.Kind == DocumentEventKind.NoticeIssued && e.Detail == $"DN cursor {after + 1}");

        server.Clock.Advance(TimeSpan.FromHours(4) - TimeSpan.FromMinutes(1));
        Assert.Contains("UNZ+0+", (await _client.GetAsync($"/eman/v1/notices?after={after + 1}")).Body, StringComparison.Ordinal);

        server.Clock.Advance(TimeSpan.FromMinutes(1));
        (_, feed) = await _client.GetAsync($"/eman/v1/notices?after={after}");
        feedRef = AnswerRefOf(feed);
        Assert.Equal(
            Head("MSCUAGENT", _client.Now, feedRef) + Notice(1, emanRef, detainedAt, after + 1, "DN", "DETAINED FOR EXAMINATION") +
            Notice(2, emanRef, detainedAt.AddHours(4), after + 2, "RV", "RELEASED") + Tail(2, feedRef),
            feed);
    }

    [Fact]
    public async Task An_amendment_detains_nothing_twice_and_a_cancelled_manifest_still_gets_its_release_voucher()
    {
        server.Clock.Advance(TimeSpan.FromHours(5));
        var after = await LastCursorAsync();
        var detainedAt = _client.Now;
        var original = Sample(Sea, detainedAt, Unique("I"), Unique("V")).Replace("PLASTIC TOY FIGURES", "IVORY", StringComparison.Ordinal);
        var emanRef = EmanRefOf((await _client.PostAsync(original)).Body);
        Assert.Contains("GIS+AC:HKS", (await _client.PostAsync(Amend(original, Unique("I"), emanRef))).Body, StringComparison.Ordinal);
        Assert.Contains("GIS+CX:HKS", (await _client.PostAsync(Cancellation(_client.Now, Unique("I"), emanRef, "CANCEL"))).Body, StringComparison.Ordinal);
        Assert.Equal([after + 1], Cursors((await _client.GetAsync($"/eman/v1/notices?after={after}")).Body));

        server.Clock.Advance(TimeSpan.FromHours(4));
        var (_, feed) = await _client.GetAsync($"/eman/v1/notices?after={after + 1}");
        var feedRef = AnswerRefOf(feed);
        Assert.Equal(Head("MSCUAGENT", _client.Now, feedRef) + Notice(1, emanRef, detainedAt.AddHours(4), after + 2, "RV", "RELEASED") + Tail(1, feedRef), feed);
    }

    [Fact]
    public async Task A_voucher_due_by_a_lodgement_takes_its_cursor_before_the_lodgements_own_detention()
    {
        server.Clock.Advance(TimeSpan.FromHours(5));
        var after = await LastCursorAsync();
        var first = EmanRefOf((await _client.PostAsync(Ivory())).Body);
        server.Clock.Advance(TimeSpan.FromHours(4));
        var second = EmanRefOf((await _client.PostAsync(Ivory())).Body);

        var (_, feed) = await _client.GetAsync($"/eman/v1/notices?after={after}");
        Assert.Equal([after + 1, after + 2, after + 3], Cursors(feed));
        Assert.Equal(
            [$"{first} DN", $"{first} RV", $"{second} DN"],
            BgmAndKind().Matches(feed).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
    }

    [Fact]
    public async Task A_released_consignment_gets_no_notice()
    {
        var after = await LastCursorAsync();
        var emanRef = EmanRefOf((await _client.PostAsync(Sample(Sea, _client.Now, Unique("I"), Unique("V")))).Body);
        var (_, feed) = await _client.GetAsync($"/eman/v1/notices?after={after}");
        Assert.DoesNotContain(emanRef, feed, StringComparison.Ordinal);
        Assert.Contains("UNZ+0+", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_pages_with_max_and_its_cursors_are_stable()
    {
        var after = await LastCursorAsync();
        for (var i = 0; i < 3; i++)
        {
            var request = Sample(Sea, _client.Now, Unique("I"), Unique("V")).Replace("PIA+5+950300:HS", "PIA+5+930100:HS", StringComparison.Ordinal);
            Assert.Contains("GIS+AC:HKS", (await _client.PostAsync(request)).Body, StringComparison.Ordinal);
        }

        var (_, page) = await _client.GetAsync($"/eman/v1/notices?after={after}&max=2");
        Assert.Equal([after + 1, after + 2], Cursors(page));
        Assert.Contains("UNH+1+CUSRES", page, StringComparison.Ordinal);
        Assert.Contains("UNH+2+CUSRES", page, StringComparison.Ordinal);
        (_, page) = await _client.GetAsync($"/eman/v1/notices?after={after + 2}&max=2");
        Assert.Equal([after + 3], Cursors(page));
        (_, page) = await _client.GetAsync($"/eman/v1/notices?after={after}");
        Assert.Equal([after + 1, after + 2, after + 3], Cursors(page));
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/eman/v1/notices?max=0")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/eman/v1/notices?after=x")).Status);
    }

    [Fact]
    public async Task Another_key_sees_none_of_the_carriers_notices()
    {
        var (_, feed) = await _client.GetAsync("/eman/v1/notices", "test-cathay");
        var feedRef = AnswerRefOf(feed);
        Assert.Equal(Head("CXCARGO", _client.Now, feedRef) + Tail(0, feedRef), feed);
    }

    [Fact]
    public async Task An_interchange_that_cancels_a_manifest_and_lodges_its_trip_again_detains_the_new_originals_consignment()
    {
        server.Clock.Advance(TimeSpan.FromHours(5));
        var after = await LastCursorAsync();
        var voyage = Unique("V");
        var emanRef = EmanRefOf((await _client.PostAsync(Sample(Sea, _client.Now, Unique("I"), voyage))).Body);

        // The trip is live until the first message of this interchange cancels it: the second is accepted after it.
        var icref = Unique("I");
        var cancellation = Cancellation(_client.Now, icref, emanRef, "CANCEL");
        var cancelMessage = cancellation[cancellation.IndexOf("UNH+", StringComparison.Ordinal)..cancellation.IndexOf("UNZ+", StringComparison.Ordinal)];
        var again = Sample(Sea, _client.Now, icref, voyage).Replace("PLASTIC TOY FIGURES", "IVORY", StringComparison.Ordinal)
            .Replace("UNH+M1", cancelMessage + "UNH+M1", StringComparison.Ordinal).Replace("UNZ+1+", "UNZ+2+", StringComparison.Ordinal);
        var (status, answer) = await _client.PostAsync(again);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"RFF+ABT:{emanRef}'\nGIS+CX:HKS'", answer, StringComparison.Ordinal);
        var second = EmanRefOf(answer[answer.IndexOf("UNH+M1", StringComparison.Ordinal)..]);
        Assert.NotEqual(emanRef, second);
        var (_, feed) = await _client.GetAsync($"/eman/v1/notices?after={after}");
        Assert.Equal([after + 1], Cursors(feed));
        Assert.Equal([$"{second} DN"], BgmAndKind().Matches(feed).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
    }

    private string Ivory() =>
        Sample(Sea, _client.Now, Unique("I"), Unique("V")).Replace("PLASTIC TOY FIGURES", "IVORY", StringComparison.Ordinal);

    private async Task<long> LastCursorAsync()
    {
        var (_, feed) = await _client.GetAsync("/eman/v1/notices?max=500");
        return Cursors(feed).DefaultIfEmpty(0).Max();
    }

    private static List<long> Cursors(string feed) =>
        [.. CursorPattern().Matches(feed).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string Notice(int n, string emanRef, DateTimeOffset at, long cursor, string kind, string text) =>
        $"UNH+{n}+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+{emanRef}+29'\nDTM+182:{Minute(at)}:203'\nRFF+ACD:{cursor}'\nGIS+{kind}:HKS'\n" +
        $"CNI+2+MSCUHK1234568'\nFTX+AAO+++{text}'\nUNT+8+{n}'\n";

    [GeneratedRegex(@"BGM\+962\+([A-Z0-9]+)\+29'\nDTM[^\n]*\nRFF[^\n]*\nGIS\+([A-Z]{2}):HKS'")]
    private static partial Regex BgmAndKind();

    [GeneratedRegex(@"RFF\+ACD:([0-9]+)'")]
    private static partial Regex CursorPattern();
}

public sealed class SqliteEmanNoticeServer() : SqliteCoreServer(new EmanModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Eman:ExaminationHours"] = "4" };
}

public sealed class PostgresEmanNoticeServer() : PostgresCoreServer(new EmanModule())
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Eman:ExaminationHours"] = "4" };
}

public sealed class SqliteEmanNoticeTests(SqliteEmanNoticeServer server) : EmanNoticeTests(server), IClassFixture<SqliteEmanNoticeServer>;

public sealed class PostgresEmanNoticeTests(PostgresEmanNoticeServer server) : EmanNoticeTests(server), IClassFixture<PostgresEmanNoticeServer>;
