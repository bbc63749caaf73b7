using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Testing;
using Strangler.Core;
using Strangler.Core.Hosting;
using Strangler.Legacy.Accs;
using Strangler.Legacy.Eman;
using Strangler.Legacy.Gets;
using Strangler.Legacy.Platform.Testing;
using Strangler.Legacy.Rocars;
using Strangler.ServiceDefaults.Admin;
using Strangler.Testing;

namespace Strangler.Facade.Testing;

/// <summary>
/// The whole system on loopback: the four legacy stand-ins and the new core (SQLite stores), each behind a
/// <see cref="FaultGate"/>, and a facade in front, all on one fake clock at the samples' noon. The control plane is
/// SQLite or PostgreSQL (<see cref="ControlPlaneAsync"/>); more facades can share it (<see cref="StartFacadeAsync"/>).
/// </summary>
public abstract class StranglerStack : IAsyncLifetime
{
    public const string Credential = "facade-credential-for-tests";
    public const string OperatorToken = "facade-operator-token";
    public const string AuditorToken = "facade-auditor-token";

    public static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 11, 26));

    private readonly List<StandInTestHost> _standIns = [];
    private readonly List<FacadeInstance> _facades = [];
    private readonly string _coreFile = Path.Combine(Path.GetTempPath(), $"stack-core-{Guid.NewGuid():N}.db");
    private WebApplication? _core;
    private (string Provider, string ConnectionString) _controlPlane;

    public FakeTimeProvider Clock { get; } = new(Noon);

    public Dictionary<string, FaultGate> LegacyGates { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FaultGate CoreGate { get; private set; } = null!;

    /// <summary>The first facade, started with the stack.</summary>
    public FacadeInstance Facade => _facades[0];

    public WebApplication Core => _core ?? throw new InvalidOperationException("Not started.");

    /// <summary>A legacy stand-in by name (<c>Gets</c>, <c>Eman</c>, <c>Rocars</c>, <c>Accs</c>): its services hold its store.</summary>
    public StandInTestHost StandIn(string name) =>
        _standIns[Array.FindIndex(StandInNames, n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
            ? i : throw new ArgumentOutOfRangeException(nameof(name), name, "Gets, Eman, Rocars or Accs.")];

    private static readonly string[] StandInNames = ["Gets", "Eman", "Rocars", "Accs"];

    /// <summary>Each system directly (not through its gate), for checking what a store holds.</summary>
    public Dictionary<string, Uri> Direct { get; } = new(StringComparer.OrdinalIgnoreCase);

    protected abstract Task<(string Provider, string ConnectionString)> ControlPlaneAsync();

    /// <summary>
    /// What the stand-ins and the new core are configured with besides their stores: the client keys
    /// (<c>Clients:0:Key</c> …), the sample keys unless a stack for other traffic gives more (a generated history's
    /// keys), and any setting such a stack needs (the core's rule poll, when its clock jumps weeks ahead).
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> SystemSettings => SampleClients.Configuration;

    public async Task InitializeAsync()
    {
        var systems = new Dictionary<string, string?>(SystemSettings) { ["Facade:Credential"] = Credential };
        _standIns.Add(await StandInTestHost.StartAsync<GetsStandIn>(StoreKind.Sqlite, Clock, systems));
        _standIns.Add(await StandInTestHost.StartAsync<EmanStandIn>(StoreKind.Sqlite, Clock, systems));
        _standIns.Add(await StandInTestHost.StartAsync<RocarsStandIn>(StoreKind.Sqlite, Clock, systems));
        _standIns.Add(await StandInTestHost.StartAsync<AccsStandIn>(StoreKind.Sqlite, Clock, systems));
        foreach (var (name, host) in StandInNames.Zip(_standIns))
        {
            Direct[name] = host.BaseAddress;
            LegacyGates[name] = await FaultGate.StartAsync(host.BaseAddress);
        }

        _core = CoreHost.Build(["--urls=http://127.0.0.1:0", "--environment=Testing"], CoreModules.All(), builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(SystemSettings)
            {
                ["CoreStore:Provider"] = "Sqlite",
                ["CoreStore:ConnectionString"] = $"Data Source={_coreFile};Pooling=False",
                ["Facade:Credential"] = Credential,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
        await _core.StartAsync();
        Direct["Core"] = new Uri(_core.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        CoreGate = await FaultGate.StartAsync(Direct["Core"]);

        _controlPlane = await ControlPlaneAsync();
        await StartFacadeAsync();
    }

    /// <summary>Starts another facade on the same systems and control plane (a replica, or a restart).</summary>
    public async Task<FacadeInstance> StartFacadeAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var app = FacadeHost.Build(["--urls=http://127.0.0.1:0", "--environment=Testing"], builder =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Facade:Legacy:Gets"] = LegacyGates["Gets"].Address.ToString(),
                ["Facade:Legacy:Eman"] = LegacyGates["Eman"].Address.ToString(),
                ["Facade:Legacy:Rocars"] = LegacyGates["Rocars"].Address.ToString(),
                ["Facade:Legacy:Accs"] = LegacyGates["Accs"].Address.ToString(),
                ["Facade:Core"] = CoreGate.Address.ToString(),
                ["Facade:Credential"] = Credential,
                ["Facade:ControlPlane:Provider"] = _controlPlane.Provider,
                ["Facade:ControlPlane:ConnectionString"] = _controlPlane.ConnectionString,
                ["Facade:ControlPlane:PollMilliseconds"] = "200",
                ["Facade:Mirror:TimeoutSeconds"] = "10",
                ["Facade:Mirror:SweepSeconds"] = "0.2",
                ["Facade:Mirror:MaxBackoffSeconds"] = "1",
                ["Facade:Gates:MinComparisons"] = "3",
                ["Admin:Users:0:Name"] = "test-operator",
                ["Admin:Users:0:Role"] = AdminRoles.Operator,
                ["Admin:Users:0:TokenSha256"] = AdminAuthentication.HashOf(OperatorToken),
                ["Admin:Users:1:Name"] = "test-auditor",
                ["Admin:Users:1:Role"] = AdminRoles.Auditor,
                ["Admin:Users:1:TokenSha256"] = AdminAuthentication.HashOf(AuditorToken),
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
        await app.StartAsync();
        var facade = new FacadeInstance(app);
        _facades.Add(facade);
        return facade;
    }

    /// <summary>Stops a facade (a crash or a redeploy); its in-memory queue is lost, the outbox is not.</summary>
    public async Task StopFacadeAsync(FacadeInstance facade)
    {
        _facades.Remove(facade);
        await facade.DisposeAsync();
    }

    /// <summary>A client straight to one system (<c>Gets</c> … <c>Accs</c>, <c>Core</c>), bypassing the facade.</summary>
    public HttpClient DirectClient(string system, string? apiKey)
    {
        var client = new HttpClient { BaseAddress = Direct[system] };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var facade in _facades.ToList())
        {
            await facade.DisposeAsync();
        }

        foreach (var gate in LegacyGates.Values.Append(CoreGate))
        {
            if (gate is not null)
            {
                await gate.DisposeAsync();
            }
        }

        if (_core is not null)
        {
            await _core.DisposeAsync();
        }

        foreach (var standIn in _standIns)
        {
            await standIn.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _coreFile, _coreFile + "-wal", _coreFile + "-shm" })
        {
            File.Delete(f);
        }
    }
}

/// <summary>The stack with its control plane on a fresh SQLite file.</summary>
public sealed class SqliteStack : StranglerStack
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"stack-facade-{Guid.NewGuid():N}.db");

    protected override Task<(string Provider, string ConnectionString)> ControlPlaneAsync() =>
        Task.FromResult(("Sqlite", $"Data Source={_file}"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }
}

/// <summary>The stack with its control plane on a fresh PostgreSQL database (what replicas share in production).</summary>
public sealed class PostgresStack : StranglerStack
{
    private readonly PostgresDatabaseFixture _database = new();

    protected override async Task<(string Provider, string ConnectionString)> ControlPlaneAsync()
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
