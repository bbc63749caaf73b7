using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http;
using Strangler.Legacy.Platform.Store;
using Strangler.Legacy.Platform.Testing;
using Strangler.Legacy.Platform.Tests.Demo;
using Strangler.Testing;

namespace Strangler.Legacy.Platform.Tests;

/// <summary>The whole chain through the demo stand-in over real HTTP: host, gate, store, clock, facade, idempotency.</summary>
public abstract class HostTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8));

    protected abstract StoreKind Store { get; }

    [Fact]
    public async Task A_message_is_stored_under_a_legacy_block_reference_and_read_back()
    {
        await using var host = await Start();
        using var client = host.CreateClient("test-tradelink");
        var body = Unique("hello");
        var first = await Post(client, body);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = await first.Content.ReadAsStringAsync();
        Assert.Matches("^TD1261126[0-4][0-9]{6};2026-11-26T12:00:00\\+08:00$", answer);

        var reference = answer[..16];
        var get = await client.GetAsync($"gets/v1/declarations/{reference}");
        Assert.Equal($"{body}@2026-11-26T12:00:00+08:00", await get.Content.ReadAsStringAsync());

        using var other = host.CreateClient("test-msc");
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync($"gets/v1/declarations/{reference}")).StatusCode);
    }

    [Fact]
    public async Task A_resend_gets_the_recorded_answer_byte_for_byte_even_later()
    {
        var clock = new FakeTimeProvider(Noon);
        await using var host = await Start(clock);
        using var client = host.CreateClient("test-tradelink");
        var body = Unique("resend");
        var first = await (await Post(client, body)).Content.ReadAsByteArrayAsync();
        clock.Advance(TimeSpan.FromHours(3));
        var second = await (await Post(client, body)).Content.ReadAsByteArrayAsync();
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Concurrent_identical_submissions_record_once_and_get_identical_answers()
    {
        await using var host = await Start();
        using var client = host.CreateClient("test-tradelink");
        var body = Unique("race");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ => await (await Post(client, body)).Content.ReadAsStringAsync()));
        Assert.Single(answers.Distinct());
        var database = host.Services.GetRequiredService<LegacyDatabase>();
        Assert.Equal(1, await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM DMO_DOCUMENTS WHERE BODY_TEXT = @body", new { body })));
    }

    [Fact]
    public async Task The_received_at_follows_the_fake_clock_shifted_by_the_configured_offset()
    {
        var clock = new FakeTimeProvider(Noon.AddMilliseconds(500));
        await using var host = await Start(clock, new Dictionary<string, string?> { ["Clock:Offset"] = "12:30:00" });
        using var client = host.CreateClient("test-tradelink");
        var answer = await (await Post(client, Unique("shift"))).Content.ReadAsStringAsync();
        Assert.Matches("^TD1261127[0-4][0-9]{6};2026-11-27T00:30:00\\+08:00$", answer);
    }

    [Fact]
    public async Task The_facade_may_set_received_at_and_the_issued_reference()
    {
        await using var host = await Start(configuration: new Dictionary<string, string?> { ["Facade:Credential"] = "s3cret" });
        using var client = host.CreateClient("test-tradelink");
        using var request = new HttpRequestMessage(HttpMethod.Post, "gets/v1/messages") { Content = Content(Unique("mirrored")) };
        var issued = "TD1261120" + Random.Shared.Next(0, 4_999_999).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add(ContractHeaders.Facade, "s3cret");
        request.Headers.Add(ContractHeaders.ReceivedAt, "2026-11-20T09:15:00+08:00");
        request.Headers.Add(ContractHeaders.Issued, "1=" + issued);
        var answer = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Equal($"{issued};2026-11-20T09:15:00+08:00", answer);
    }

    [Fact]
    public async Task The_gate_guards_the_stand_in_paths_with_empty_bodies()
    {
        await using var host = await Start();
        using var anonymous = host.CreateClient();
        var unauthorised = await anonymous.PostAsync("gets/v1/messages", Content("x"));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Empty(await unauthorised.Content.ReadAsByteArrayAsync());

        using var client = host.CreateClient("test-tradelink");
        var badQuery = await client.GetAsync("gets/v1/acknowledgements?max=501");
        Assert.Equal(HttpStatusCode.BadRequest, badQuery.StatusCode);
        Assert.Empty(await badQuery.Content.ReadAsByteArrayAsync());
        Assert.Equal("after=3;max=100;at=2026-11-26T12:00:00.0000000+08:00",
            await (await client.GetAsync("gets/v1/acknowledgements?after=3")).Content.ReadAsStringAsync());
        var notFound = await client.GetAsync("gets/v1/declarations/TD12611264999999");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Empty(await notFound.Content.ReadAsByteArrayAsync());
        var wrongMethod = await client.PutAsync("gets/v1/messages", Content("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Empty(await wrongMethod.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Readiness_checks_the_store()
    {
        await using var host = await Start();
        using var client = host.CreateClient();
        var ready = await client.GetAsync("healthz/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"store\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<StandInTestHost> Start(FakeTimeProvider? clock = null, IReadOnlyDictionary<string, string?>? configuration = null) =>
        StandInTestHost.StartAsync<DemoStandIn>(Store, clock ?? new FakeTimeProvider(Noon), configuration);

    private static string Unique(string text) => text + "-" + Guid.NewGuid().ToString("N");

    private static ByteArrayContent Content(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");
        return content;
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string body) => client.PostAsync("gets/v1/messages", Content(body));
}

public sealed class SqliteHostTests : HostTests
{
    protected override StoreKind Store => StoreKind.Sqlite;
}

public sealed class PostgresHostTests(PostgresDatabaseFixture database) : HostTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override StoreKind Store => StoreKind.Postgres(database.ConnectionString);
}
