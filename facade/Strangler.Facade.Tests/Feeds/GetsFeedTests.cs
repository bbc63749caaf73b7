using Strangler.Contracts.References;
using Strangler.Contracts.Time;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests.Feeds;

/// <summary>
/// <c>GET /gets/v1/acknowledgements</c> through the facade while a GETS unit is mirrored: legacy's queued
/// declarations' acknowledgements (gets.md "Service hours"), never one for a declaration the new core owns.
/// </summary>
public abstract class GetsFeedTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    private const string Key = "test-tradelink";
    private static int _next;

    protected TStack Stack { get; } = stack;

    [Fact]
    public async Task Acknowledgements_of_declarations_queued_by_legacy_are_merged_and_one_whose_number_the_new_core_issued_is_not()
    {
        await Stack.Facade.SetStageAsync("sea", "shadow");
        AdvanceTo(new TimeOnly(23, 30));
        var queuedAt = HongKongTime.Now(Stack.Clock);
        Assert.Contains("GIS+QD:HKS'", await LodgeAsync("gets/01-import-sea-accepted.edi", "IC0000001", "LRN-2026-0001"), StringComparison.Ordinal);
        Assert.Contains("GIS+QD:HKS'", await LodgeAsync("gets/03-vague-description-rejected.edi", "IC0000003", "LRN-2026-0003"), StringComparison.Ordinal);

        // In live the new core answers at once with its own number; legacy, receiving the mirror at night, queues it and
        // later lists its acknowledgement: the new core owns that declaration, so the merged feed leaves it out.
        await Stack.Facade.SetStageAsync("sea", "live");
        Assert.Contains("GIS+AC", await LodgeAsync("gets/01-import-sea-accepted.edi", "IC0000001", "LRN-2026-0001"), StringComparison.Ordinal);
        AdvanceTo(new TimeOnly(7, 5));
        var legacy = await Eventually.Get(
            async () =>
            {
                Stack.Clock.Advance(TimeSpan.FromSeconds(1));
                return Messages(await FeedAsync(Stack.DirectClient("Gets", Key), "gets/v1/acknowledgements?after=0"));
            },
            m => m.Count(l => l.StartsWith("UNH", StringComparison.Ordinal)) == 3, "three acknowledgements in legacy's feed");

        var facade = await FeedAsync(Stack.Facade.Client(Key), "gets/v1/acknowledgements?after=0");
        var messages = Messages(facade);
        var secondUnt = legacy.Select((l, i) => (Line: l, Index: i)).Where(p => p.Line.StartsWith("UNT+", StringComparison.Ordinal)).ElementAt(1).Index;
        Assert.Equal(legacy[..(secondUnt + 1)], messages);
        Assert.Equal(["1", "2"], messages.Where(l => l.StartsWith("RFF+ACD:", StringComparison.Ordinal)).Select(l => l[8..^1]));
        Assert.Equal(["UNH+1+CUSRES:D:96B:UN:HKGETS'", "UNH+2+CUSRES:D:96B:UN:HKGETS'"], messages.Where(l => l.StartsWith("UNH", StringComparison.Ordinal)));
        var tdec = Assert.Single(messages, l => l.StartsWith("RFF+ABT:", StringComparison.Ordinal))[8..^1];
        Assert.True(ReferenceNumber.TryParse(tdec, out var number) && number!.Issuer == IssuerBlock.Legacy, tdec);
        Assert.Contains("DTM+182:" + queuedAt.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture) + ":203'", messages);
        Assert.Contains("ERC+E015:HKE'", messages);
        Assert.EndsWith($"UNZ+2+{InterchangeRef(facade)}'\n", facade, StringComparison.Ordinal);
        Assert.Equal(messages, Messages(await FeedAsync(Stack.Facade.Client(Key), "gets/v1/acknowledgements?after=0")));

        var after = await FeedAsync(Stack.Facade.Client(Key), "gets/v1/acknowledgements?after=2");
        Assert.Empty(Messages(after));
        Assert.EndsWith($"UNZ+0+{InterchangeRef(after)}'\n", after, StringComparison.Ordinal);
        await Stack.Facade.SetStageAsync("sea", "legacy");
    }

    [Theory]
    [InlineData("gets/v1/acknowledgements?after=-1")]
    [InlineData("gets/v1/acknowledgements?max=")]
    [InlineData("gets/v1/acknowledgements?max=1000")]
    public async Task A_bad_after_or_max_is_legacys_empty_400(string path)
    {
        await Stack.Facade.SetStageAsync("sea", "shadow");
        Assert.Equal((400, ""), await Contract.GetAsync(Stack.DirectClient("Gets", Key), path));
        Assert.Equal((400, ""), await Contract.GetAsync(Stack.Facade.Client(Key), path));
    }

    [Fact]
    public async Task A_key_without_a_gets_role_is_401()
    {
        await Stack.Facade.SetStageAsync("sea", "shadow");
        Assert.Equal((401, ""), await Contract.GetAsync(Stack.Facade.Client("test-hactl"), "gets/v1/acknowledgements"));
        Assert.Equal((401, ""), await Contract.GetAsync(Stack.Facade.Client("no-such-key"), "gets/v1/acknowledgements"));
    }

    private void AdvanceTo(TimeOnly time)
    {
        var now = HongKongTime.Now(Stack.Clock);
        var target = new DateTimeOffset(DateOnly.FromDateTime(now.DateTime), time, HongKongTime.Offset);
        Stack.Clock.Advance((target > now ? target : target.AddDays(1)) - now);
    }

    private async Task<string> LodgeAsync(string sample, string interchangeRef, string lrn)
    {
        var n = Interlocked.Increment(ref _next);
        var fresh = $"FD{n}{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        var body = Contract.Vary(Contract.Sample(sample, Stack.Clock.GetUtcNow()), (interchangeRef, fresh), (lrn, "LRN-" + fresh));
        var (status, answer) = await Contract.PostAsync(Stack.Facade.Client(Key), "gets/v1/messages", body, "application/edifact");
        Assert.Equal(200, status);
        return answer;
    }

    private static async Task<string> FeedAsync(HttpClient client, string path)
    {
        var (status, body) = await Contract.GetAsync(client, path);
        Assert.Equal(200, status);
        return body;
    }

    /// <summary>The segments of the feed's messages (the envelope's own refs and time differ per GET).</summary>
    private static List<string> Messages(string feed) =>
        feed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("UNA", StringComparison.Ordinal) &&
            !l.StartsWith("UNB", StringComparison.Ordinal) && !l.StartsWith("UNZ", StringComparison.Ordinal)).ToList();

    private static string InterchangeRef(string feed) =>
        feed.Split('\n').Single(l => l.Contains("UNB+", StringComparison.Ordinal)).Split('+')[^1].TrimEnd('\'');
}

public sealed class SqliteGetsFeedTests(SqliteStack stack) : GetsFeedTests<SqliteStack>(stack);

public sealed class PostgresGetsFeedTests(PostgresStack stack) : GetsFeedTests<PostgresStack>(stack);
