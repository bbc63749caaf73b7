using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cusres;
using Strangler.Legacy.Platform.Testing;

namespace Strangler.Legacy.Gets.Tests;

/// <summary>A GETS stand-in on a fresh store for one test, on a fake clock set to the samples' noon, with one extra GETS key.</summary>
internal sealed class GetsHost : IAsyncDisposable
{
    public static readonly DateOnly Day = new(2026, 11, 26);

    // A second service provider acting for the same BR, to prove declarations belong to the key that lodged them.
    private static readonly Dictionary<string, string?> ExtraKey = new()
    {
        ["Clients:7:Key"] = "test-other-provider",
        ["Clients:7:Roles:0"] = "GetsDeclarant",
        ["Clients:7:BrNumbers:0"] = "12345678",
        ["Clients:7:EdifactPartyId"] = "OTHER01",
        ["Facade:Credential"] = "facade-secret",
    };

    private GetsHost(StandInTestHost host, FakeTimeProvider clock)
    {
        Host = host;
        Clock = clock;
    }

    public StandInTestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public ErrorLogCollector Errors { get; private init; } = new();

    public static async Task<GetsHost> StartAsync(StoreKind store, DateTimeOffset? now = null)
    {
        var clock = new FakeTimeProvider(now ?? SamplePlaceholders.NoonHongKong(Day));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var errors = new ErrorLogCollector();
        var host = await StandInTestHost.StartAsync<GetsStandIn>(store, clock, ExtraKey, builder => builder.Logging.AddProvider(errors));
        return new GetsHost(host, clock) { Errors = errors };
    }

    public async Task<(int Status, byte[] Body)> PostAsync(byte[] body, string key = "test-tradelink", string contentType = "application/edifact")
    {
        using var client = Host.CreateClient(key);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync(new Uri("gets/v1/messages", UriKind.Relative), content);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    public async Task<(int Status, byte[] Body)> GetAsync(string path, string? key = "test-tradelink")
    {
        using var client = Host.CreateClient(key);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    public async Task<CusresInterchange> PostReadAsync(byte[] body, string key = "test-tradelink")
    {
        var (status, answer) = await PostAsync(body, key);
        Assert.True(status == 200, $"HTTP {status}: " + string.Join("\n", Errors.Entries));
        return Read(answer);
    }

    public static CusresInterchange Read(byte[] answer)
    {
        var read = CusresReader.Read(answer);
        Assert.True(read.IsRead, read.Problem + "\n" + Encoding.UTF8.GetString(answer));
        return read.Answer!;
    }

    public byte[] Sample(string file) => ContractSamples.Read("gets/" + file, SamplePlaceholders.NoonHongKong(Day));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
