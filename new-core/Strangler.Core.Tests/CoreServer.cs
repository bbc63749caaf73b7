using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Testing;
using Strangler.Testing;

namespace Strangler.Core.Tests;

/// <summary>The core host on a loopback port with the sample keys, a facade credential and a fake clock at the samples' noon.</summary>
public abstract class CoreServer : IAsyncLifetime
{
    public const string FacadeCredential = "facade-secret";

    public static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 11, 26));

    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(Noon);

    public HttpClient Http { get; } = new();

    protected abstract Task<(string Provider, string ConnectionString)> StoreAsync();

    public async Task InitializeAsync()
    {
        var (provider, connection) = await StoreAsync();
        var settings = new Dictionary<string, string?>(SampleClients.Configuration)
        {
            ["CoreStore:Provider"] = provider,
            ["CoreStore:ConnectionString"] = connection,
            ["Facade:Credential"] = FacadeCredential,
        };
        _app = CoreHost.Build(["--urls=http://127.0.0.1:0", "--environment=Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<TimeProvider>(Clock);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http.BaseAddress = new Uri(address);
    }

    public virtual async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

public sealed class SqliteCoreServer : CoreServer
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"core-{Guid.NewGuid():N}.db");

    protected override Task<(string Provider, string ConnectionString)> StoreAsync() =>
        Task.FromResult(("Sqlite", $"Data Source={_file};Pooling=False"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }
}

public sealed class PostgresCoreServer : CoreServer
{
    private readonly PostgresDatabaseFixture _database = new();

    protected override async Task<(string Provider, string ConnectionString)> StoreAsync()
    {
        await _database.InitializeAsync();
        return ("Postgres", _database.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
