using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Testing;
using Strangler.ServiceDefaults.Admin;
using Strangler.Testing;
using Xunit;

using Strangler.Core.Hosting;

namespace Strangler.Core.Testing;

/// <summary>
/// The core host with <paramref name="modules"/> on a loopback port with the sample keys, a facade credential, admin
/// tokens for an operator and an auditor, and a fake clock at the samples' noon.
/// </summary>
public abstract class CoreServer(IReadOnlyList<ICoreModule> modules) : IAsyncLifetime
{
    public const string FacadeCredential = "facade-secret";

    /// <summary>Bearer token of the test operator (may change); only its hash is configured.</summary>
    public const string OperatorToken = "operator-token-for-tests";

    /// <summary>Bearer token of the test auditor (read-only).</summary>
    public const string AuditorToken = "auditor-token-for-tests";

    public static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 11, 26));

    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(Noon);

    public HttpClient Http { get; } = new();

    /// <summary>The running app's services (the store, the clearance, …), for assertions on what was stored.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Extra configuration a derived server adds (wins over the defaults above).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    protected abstract Task<(string Provider, string ConnectionString)> StoreAsync();

    public async Task InitializeAsync()
    {
        var (provider, connection) = await StoreAsync();
        var settings = new Dictionary<string, string?>(SampleClients.Configuration)
        {
            ["CoreStore:Provider"] = provider,
            ["CoreStore:ConnectionString"] = connection,
            ["Facade:Credential"] = FacadeCredential,
            ["Admin:Users:0:Name"] = "test-operator",
            ["Admin:Users:0:Role"] = AdminRoles.Operator,
            ["Admin:Users:0:TokenSha256"] = AdminAuthentication.HashOf(OperatorToken),
            ["Admin:Users:1:Name"] = "test-auditor",
            ["Admin:Users:1:Role"] = AdminRoles.Auditor,
            ["Admin:Users:1:TokenSha256"] = AdminAuthentication.HashOf(AuditorToken),
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        _app = CoreHost.Build(["--urls=http://127.0.0.1:0", "--environment=Testing"], modules, builder =>
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

/// <summary>A core server on a fresh SQLite file.</summary>
public abstract class SqliteCoreServer(params ICoreModule[] modules) : CoreServer(modules)
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

/// <summary>A core server on a fresh PostgreSQL database.</summary>
public abstract class PostgresCoreServer(params ICoreModule[] modules) : CoreServer(modules)
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
