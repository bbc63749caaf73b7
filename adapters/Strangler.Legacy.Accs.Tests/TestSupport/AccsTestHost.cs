using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Testing;
using Strangler.Legacy.Platform.Store;
using Strangler.Legacy.Platform.Testing;

namespace Strangler.Legacy.Accs.Tests.TestSupport;

/// <summary>The ACCS stand-in on loopback for one test: fake clock at the samples' noon, a fresh store, HTTP helpers.</summary>
public sealed class AccsTestHost : IAsyncDisposable
{
    public static readonly DateOnly Day = new(2026, 3, 10);

    private readonly StoreLease _lease;

    private AccsTestHost(StandInTestHost host, FakeTimeProvider clock, StoreLease lease)
    {
        Host = host;
        Clock = clock;
        _lease = lease;
    }

    public StandInTestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Now on the fake clock, in Hong Kong time.</summary>
    public DateTimeOffset Now => Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

    /// <summary><c>yyMMdd</c> of <see cref="Day"/>, as receipt numbers carry it.</summary>
    public static string DayStamp => Day.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Starts the stand-in; random selection is off unless <paramref name="settings"/> says otherwise.</summary>
    public static async Task<AccsTestHost> StartAsync(StoreSource source, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(SamplePlaceholders.NoonHongKong(Day));
        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Risk:SelectionRate"] = "0",
            ["Risk:ExaminationHours"] = "4",
            ["Facade:Credential"] = "facade-secret",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var lease = await source.LeaseAsync();
        try
        {
            var host = await StandInTestHost.StartAsync<AccsStandIn>(lease.Kind, clock, configuration);
            return new AccsTestHost(host, clock, lease);
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }
    }

    public byte[] Sample(string name) => ContractSamples.Read("accs/" + name, Now);

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string key, byte[] body, Action<HttpRequestMessage>? configure = null)
    {
        using var client = Host.CreateClient(key);
        using var request = new HttpRequestMessage(HttpMethod.Post, "accs/v1/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        configure?.Invoke(request);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    public Task<(HttpStatusCode Status, string Body)> PostAsync(string key, string body) => PostAsync(key, Encoding.ASCII.GetBytes(body));

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string? key, string path)
    {
        using var client = Host.CreateClient(key);
        using var response = await client.GetAsync(path);
        return (response.StatusCode, Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        var database = Host.Services.GetRequiredService<LegacyDatabase>();
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException("No value: " + sql);
    }

    public void Advance(TimeSpan by) => Clock.Advance(by);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _lease.DisposeAsync();
    }
}
