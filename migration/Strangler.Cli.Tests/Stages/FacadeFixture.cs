using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Strangler.Facade;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Cli.Tests.Stages;

/// <summary>
/// A real facade on loopback with a fresh SQLite control plane and an operator and an auditor. The legacy systems and
/// the core are unused loopback URLs: the admin API never calls them.
/// </summary>
public sealed class FacadeFixture : IAsyncLifetime
{
    public const string OperatorToken = "cli-operator-token";
    public const string AuditorToken = "cli-auditor-token";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cli-facade-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 4, 0, 0, TimeSpan.Zero));

    public string Url { get; private set; } = "";

    /// <summary>The control plane's SQLite connection string, for tests that tamper with what the facade stored.</summary>
    public string ControlPlane => $"Data Source={_file}";

    public async Task InitializeAsync()
    {
        _app = FacadeHost.Build(["--urls=http://127.0.0.1:0", "--environment=Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Facade:Legacy:Gets"] = "http://127.0.0.1:9/",
                ["Facade:Legacy:Eman"] = "http://127.0.0.1:9/",
                ["Facade:Legacy:Rocars"] = "http://127.0.0.1:9/",
                ["Facade:Legacy:Accs"] = "http://127.0.0.1:9/",
                ["Facade:Core"] = "http://127.0.0.1:9/",
                ["Facade:Credential"] = "cli-tests-facade-credential",
                ["Facade:ControlPlane:Provider"] = "Sqlite",
                ["Facade:ControlPlane:ConnectionString"] = ControlPlane,
                ["Admin:Users:0:Name"] = "test-operator",
                ["Admin:Users:0:Role"] = AdminRoles.Operator,
                ["Admin:Users:0:TokenSha256"] = AdminAuthentication.HashOf(OperatorToken),
                ["Admin:Users:1:Name"] = "test-auditor",
                ["Admin:Users:1:Role"] = AdminRoles.Auditor,
                ["Admin:Users:1:TokenSha256"] = AdminAuthentication.HashOf(AuditorToken),
                ["Logging:LogLevel:Default"] = "Warning",
            });
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>Runs <c>strangler</c> against this facade with <paramref name="token"/> as <c>STRANGLER_TOKEN</c> (null: unset).</summary>
    public CliRun Run(string? token, params string[] args) =>
        CliRun.Start(args, name => name switch
        {
            "STRANGLER_TOKEN" => token,
            "STRANGLER_FACADE_URL" => Url,
            _ => null,
        }, Clock);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }
}
