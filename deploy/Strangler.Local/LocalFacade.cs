using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Strangler.Facade;

namespace Strangler.Local;

/// <summary>
/// The facade of the local run, in front of the stand-ins and the new core: its control plane in SQLite under the data
/// folder (every unit starts in <c>legacy</c>), the run's facade credential (also given to the systems), and the same
/// operator and auditor tokens as the new core.
/// </summary>
internal sealed class LocalFacade : IAsyncDisposable
{
    private LocalFacade(WebApplication app, string url)
    {
        App = app;
        Url = url;
    }

    public WebApplication App { get; }

    public string Url { get; }

    public static LocalFacade Build(
        string dataFolder, IReadOnlyList<(string Name, string Url)> legacy, string coreUrl, string credential, string operatorToken, string auditorToken,
        int port = 5180, string? workerUrl = null)
    {
        var url = $"http://127.0.0.1:{port}";
        var app = FacadeHost.Build([], builder =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["urls"] = url,
                ["Facade:Core"] = coreUrl,
                ["Facade:Credential"] = credential,
                ["Facade:ControlPlane:Provider"] = "Sqlite",
                ["Facade:ControlPlane:ConnectionString"] = $"Data Source={Path.Combine(dataFolder, "facade.db")}",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            };
            if (workerUrl is not null)
            {
                // The "backfill reconciled" gate asks the local migration worker, with the auditor's (read-only) token.
                settings["Facade:Gates:Reconciliation:WorkerUrl"] = workerUrl;
                settings["Facade:Gates:Reconciliation:Token"] = auditorToken;
            }

            foreach (var (name, legacyUrl) in legacy)
            {
                settings[$"Facade:Legacy:{name}"] = legacyUrl;
            }

            builder.Configuration.AddInMemoryCollection(settings.Concat(LocalAdmins.Settings(operatorToken, auditorToken)));
        });
        return new LocalFacade(app, url);
    }

    public Task StartAsync(CancellationToken cancellationToken) => App.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
