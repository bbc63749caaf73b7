using System.Text.RegularExpressions;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests.Feeds;

/// <summary>
/// <c>GET /accs/v1/status</c> through the facade while <c>air</c> is mirrored: the entries of the system that owns
/// each air waybill, under facade cursors that never change.
/// </summary>
public abstract partial class AccsFeedTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    private const string Terminal = "test-hactl";
    private const string Airline = "test-cathay";
    private static int _next;

    protected TStack Stack { get; } = stack;

    [Fact]
    public async Task The_merged_feed_serves_legacys_csns_in_shadow_and_the_new_cores_after_them_in_live_under_stable_cursors()
    {
        await Stack.Facade.SetStageAsync("air", "shadow");
        var (exported, manifested, flight) = (FreshWaybill(), FreshWaybill(), FreshFlight());
        await LodgeFwbAsync(exported, flight);
        await WaitForCoreStatusAsync(exported);
        await LodgeFfmAsync(exported, manifested, flight);
        await WaitForCoreStatusAsync(manifested);

        var shadow = await FeedAsync(Stack.Facade.Client(Terminal), "accs/v1/status?after=0");
        var legacy = await FeedAsync(Stack.DirectClient("Accs", Terminal), "accs/v1/status?after=0");
        Assert.Equal(legacy, shadow);
        Assert.Equal([exported, manifested], Waybills(shadow));
        Assert.Equal([1L, 2L], Cursors(shadow));
        Assert.Equal(shadow, await FeedAsync(Stack.Facade.Client(Terminal), "accs/v1/status?after=0"));

        await Stack.Facade.SetStageAsync("air", "live");
        var live = FreshWaybill();
        await LodgeFwbAsync(live, FreshFlight());
        var core = await FeedAsync(Stack.DirectClient("Core", Terminal), "accs/v1/status?after=0");
        var coreEntry = Entries(core).Single(e => e.Contains(live, StringComparison.Ordinal));

        var after = await FeedAsync(Stack.Facade.Client(Terminal), "accs/v1/status?after=2");
        Assert.Equal(coreEntry.Replace(Regex.Match(coreEntry, "CUR/[0-9]+").Value, "CUR/3", StringComparison.Ordinal), after);
        var whole = await FeedAsync(Stack.Facade.Client(Terminal), "accs/v1/status?after=0");
        Assert.Equal(shadow + after, whole);
        Assert.Equal(whole, await FeedAsync(Stack.Facade.Client(Terminal), "accs/v1/status?after=0"));
        Assert.Equal(after, await FeedAsync(Stack.Facade.Client(Terminal), "accs/v1/status?after=2&max=1"));
        Assert.Equal(Entries(shadow)[1], await FeedAsync(Stack.Facade.Client(Terminal), "accs/v1/status?after=1&max=1"));
        await Stack.Facade.SetStageAsync("air", "legacy");
    }

    [Theory]
    [InlineData("accs/v1/status?after=x")]
    [InlineData("accs/v1/status?max=0")]
    [InlineData("accs/v1/status?max=501")]
    [InlineData("accs/v1/status?after=1&after=2")]
    public async Task A_bad_after_or_max_is_legacys_empty_400(string path)
    {
        await Stack.Facade.SetStageAsync("air", "shadow");
        var legacy = await Contract.GetAsync(Stack.DirectClient("Accs", Terminal), path);
        var facade = await Contract.GetAsync(Stack.Facade.Client(Terminal), path);
        Assert.Equal((400, ""), legacy);
        Assert.Equal((400, ""), facade);
    }

    [Fact]
    public async Task An_unknown_key_is_401_with_an_empty_body()
    {
        await Stack.Facade.SetStageAsync("air", "shadow");
        Assert.Equal((401, ""), await Contract.GetAsync(Stack.Facade.Client("no-such-key"), "accs/v1/status?after=0"));
        Assert.Equal((401, ""), await Contract.GetAsync(Stack.Facade.Client(null), "accs/v1/status"));
    }

    private async Task LodgeFwbAsync(string waybill, string flight)
    {
        var body = Contract.Vary(Contract.Sample("accs/01-fwb-accepted.txt", Stack.Clock.GetUtcNow()), ("160-12345675", waybill), ("CX251", flight));
        var (status, answer) = await Contract.PostAsync(Stack.Facade.Client(Airline), "accs/v1/messages", body, "text/plain");
        Assert.Equal(200, status);
        Assert.StartsWith("FMA/1", answer, StringComparison.Ordinal);
    }

    private async Task LodgeFfmAsync(string first, string second, string flight)
    {
        var body = Contract.Vary(Contract.Sample("accs/03-ffm-accepted.txt", Stack.Clock.GetUtcNow()),
            ("160-12345675", first), ("160-22222222", second), ("CX251", flight));
        var (status, answer) = await Contract.PostAsync(Stack.Facade.Client(Terminal), "accs/v1/messages", body, "text/plain");
        Assert.Equal(200, status);
        Assert.StartsWith("FMA/1", answer, StringComparison.Ordinal);
    }

    // The mirror reaches the new core after the client's answer: wait for it, so that what the core's feed holds is known.
    // The clock moves on while waiting, because a mirror that timed out on a loaded machine is retried from the
    // outbox when its back-off, measured on the stack's fake clock, has passed.
    private Task WaitForCoreStatusAsync(string waybill) =>
        Eventually.Get(
            () =>
            {
                Stack.Clock.Advance(TimeSpan.FromSeconds(1));
                return Contract.GetAsync(Stack.DirectClient("Core", Terminal), $"accs/v1/status/{waybill}");
            },
            r => r.Status == 200, $"the mirrored {waybill} in the new core");

    private static async Task<string> FeedAsync(HttpClient client, string path)
    {
        var (status, body) = await Contract.GetAsync(client, path);
        Assert.Equal(200, status);
        return body;
    }

    private static string FreshWaybill()
    {
        var serial = 1_000_000 + ((Interlocked.Increment(ref _next) * 7919 + Random.Shared.Next(0, 1000) * 1009) % 9_000_000);
        return $"160-{serial}{serial % 7}";
    }

    private static string FreshFlight() => $"CX{Random.Shared.Next(100, 1000)}";

    /// <summary>Each CSN with its CUR line and empty line, as the feed writes them.</summary>
    private static List<string> Entries(string feed) =>
        CurLine().Split(feed).Where(s => s.Length > 0).Chunk(2).Select(p => p[0] + p[1] + "\r\n").ToList();

    private static List<string> Waybills(string feed) => WaybillLine().Matches(feed).Select(m => m.Groups[1].Value).ToList();

    private static List<long> Cursors(string feed) => CurValue().Matches(feed).Select(m => long.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex(@"(CUR/[0-9]+\r\n)\r\n")]
    private static partial Regex CurLine();

    [GeneratedRegex(@"CSN/1\r\n([0-9]{3}-[0-9]{8})")]
    private static partial Regex WaybillLine();

    [GeneratedRegex(@"CUR/([0-9]+)\r\n")]
    private static partial Regex CurValue();
}

public sealed class SqliteAccsFeedTests(SqliteStack stack) : AccsFeedTests<SqliteStack>(stack);

public sealed class PostgresAccsFeedTests(PostgresStack stack) : AccsFeedTests<PostgresStack>(stack);
