using Strangler.Contracts.References;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests.Feeds;

/// <summary>
/// <c>GET /eman/v1/notices</c> through the facade while <c>sea</c> is mirrored: legacy's detention notice and the
/// release voucher that follows it (eman.md "Notices"), under facade cursors that never change.
/// </summary>
public abstract class EmanFeedTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    private const string Carrier = "test-msc";

    protected TStack Stack { get; } = stack;

    [Fact]
    public async Task A_detention_notice_and_its_release_voucher_from_legacy_are_served_in_order_under_stable_cursors()
    {
        await Stack.Facade.SetStageAsync("sea", "shadow");
        var voyage = $"V{Random.Shared.Next(1000, 10000)}E";
        var reference = $"EM{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        // TOBACCO is on the legacy engine's watched words, so the first consignment is detained for certain.
        var body = Contract.Vary(Contract.Sample("eman/01-sea-import-s1-accepted.edi", Stack.Clock.GetUtcNow()),
            ("EM0000001", reference), ("V123E", voyage), ("MOBILE PHONE PARTS", "TOBACCO LEAVES"));
        var (status, answer) = await Contract.PostAsync(Stack.Facade.Client(Carrier), "eman/v1/manifests", body, "application/edifact");
        Assert.Equal(200, status);
        var emanRef = Contract.Between(answer, "RFF+ABT:", "'");
        Assert.True(ReferenceNumber.TryParse(emanRef, out var parsed) && parsed!.Issuer == IssuerBlock.Legacy, answer);

        var detained = Messages(await FeedAsync(Stack.Facade.Client(Carrier), "eman/v1/notices?after=0"));
        Assert.Equal(Messages(await FeedAsync(Stack.DirectClient("Eman", Carrier), "eman/v1/notices?after=0")), detained);
        Assert.Equal(
            ["UNH+1+CUSRES:D:96B:UN:HKEMAN'", $"BGM+962+{emanRef}+29'", "RFF+ACD:1'", "GIS+DN:HKS'", "CNI+1+MSCUHK1234567'", "FTX+AAO+++DETAINED FOR EXAMINATION'", "UNT+8+1'"],
            detained.Where(l => !l.StartsWith("DTM", StringComparison.Ordinal)));

        Stack.Clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
        var released = Messages(await FeedAsync(Stack.Facade.Client(Carrier), "eman/v1/notices?after=1"));
        Assert.Equal(
            ["UNH+1+CUSRES:D:96B:UN:HKEMAN'", $"BGM+962+{emanRef}+29'", "RFF+ACD:2'", "GIS+RV:HKS'", "CNI+1+MSCUHK1234567'", "FTX+AAO+++RELEASED'", "UNT+8+1'"],
            released.Where(l => !l.StartsWith("DTM", StringComparison.Ordinal)));

        var whole = Messages(await FeedAsync(Stack.Facade.Client(Carrier), "eman/v1/notices?after=0"));
        Assert.Equal(Messages(await FeedAsync(Stack.DirectClient("Eman", Carrier), "eman/v1/notices?after=0")), whole);
        Assert.Equal(detained.Concat(released.Select(l => l.Replace("UNH+1+", "UNH+2+", StringComparison.Ordinal).Replace("UNT+8+1'", "UNT+8+2'", StringComparison.Ordinal))), whole);
        await Stack.Facade.SetStageAsync("sea", "legacy");
    }

    private static async Task<string> FeedAsync(HttpClient client, string path)
    {
        var (status, body) = await Contract.GetAsync(client, path);
        Assert.Equal(200, status);
        return body;
    }

    private static List<string> Messages(string feed) =>
        feed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("UNA", StringComparison.Ordinal) &&
            !l.StartsWith("UNB", StringComparison.Ordinal) && !l.StartsWith("UNZ", StringComparison.Ordinal)).ToList();
}

public sealed class SqliteEmanFeedTests(SqliteStack stack) : EmanFeedTests<SqliteStack>(stack);

public sealed class PostgresEmanFeedTests(PostgresStack stack) : EmanFeedTests<PostgresStack>(stack);
