using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cusres;
using Strangler.Legacy.Platform.Store;
using Strangler.Legacy.Platform.Testing;

namespace Strangler.Legacy.Eman.Tests.Http;

/// <summary>
/// Starts the EMAN stand-in over real HTTP on loopback, on the samples' fixed clock (12:00 Hong Kong),
/// on a fresh store of the kind the concrete class chooses.
/// </summary>
public abstract class EmanHostTestBase : IAsyncLifetime
{
    protected static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 1, 15));

    private readonly List<StandInTestHost> _hosts = [];
    private EmanStore? _store;

    protected FakeTimeProvider Clock { get; } = new(Noon);

    protected DateTimeOffset Now => Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

    protected StandInTestHost Host => _hosts.Count > 0 ? _hosts[0] : throw new InvalidOperationException("Start the host first.");

    protected abstract Task<EmanStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    /// <summary>Starts the stand-in; risk selection is off unless the test sets it.</summary>
    protected async Task<StandInTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?> { ["Risk:SelectionRate"] = "0", ["Risk:ExaminationHours"] = "4" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var host = await StandInTestHost.StartAsync<EmanStandIn>(_store!.Kind, Clock, configuration);
        _hosts.Add(host);
        return host;
    }

    protected async Task<HttpResponseMessage> PostAsync(string key, string body, string contentType = "application/edifact")
    {
        using var client = Host.CreateClient(key);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync("eman/v1/manifests", content);
    }

    protected async Task<string> PostTextAsync(string key, string body)
    {
        using var response = await PostAsync(key, body);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/edifact", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    protected async Task<HttpResponseMessage> GetAsync(string key, string path)
    {
        using var client = Host.CreateClient(key);
        return await client.GetAsync(path);
    }

    protected async Task<string> GetTextAsync(string key, string path)
    {
        using var response = await GetAsync(key, path);
        Assert.Equal(200, (int)response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    protected static CusresInterchange Read(string answer)
    {
        var read = CusresReader.Read(Encoding.UTF8.GetBytes(answer));
        Assert.True(read.IsRead, read.Problem);
        return read.Answer!;
    }

    /// <summary>The single CUSRES of an answer.</summary>
    protected static CusresMessage Single(string answer) => Assert.Single(Read(answer).Messages);

    protected static string[] Codes(CusresMessage message) => message.Errors.Select(e => e.Code).ToArray();

    protected Task<long> CountAsync(string sql) =>
        Host.Services.GetRequiredService<LegacyDatabase>().ReadAsync(c => c.ExecuteScalarAsync<long>(sql));
}
