using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Strangler.Migration.Hosting;
using Strangler.Migration.Worker;

namespace Strangler.Local;

/// <summary>
/// The migration worker of the local run: Quartz and the progress tables in <c>scheduler.db</c> under the data folder
/// (one worker, embedded SQLite), the real backfill engine reading the stand-ins' stores and writing the new core's
/// store, and the run's operator and auditor tokens.
/// </summary>
internal sealed class LocalWorker : IAsyncDisposable
{
    private LocalWorker(WebApplication app, string url)
    {
        App = app;
        Url = url;
    }

    public WebApplication App { get; }

    public string Url { get; }

    public const string DefaultUrl = "http://127.0.0.1:5186";

    public static LocalWorker Build(string dataFolder, string operatorToken, string auditorToken, int port = 5186)
    {
        var url = $"http://127.0.0.1:{port}";
        // The core and the stand-ins hold these SQLite files open too: wait for their locks rather than fail a chunk.
        string Store(string name) => $"Data Source={Path.Combine(dataFolder, name + ".db")};Default Timeout=60";
        var app = WorkerHost.Build([], builder =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["urls"] = url,
                ["Migration:Scheduler:Provider"] = "Sqlite",
                ["Migration:Scheduler:ConnectionString"] = Store("scheduler"),
                ["Migration:Scheduler:Concurrency"] = "2",
                ["Migration:Core:Provider"] = "Sqlite",
                ["Migration:Core:ConnectionString"] = Store("core"),
                ["Migration:Legacy:Provider"] = "Sqlite",
                ["Migration:Legacy:Gets"] = Store("gets"),
                ["Migration:Legacy:Eman"] = Store("eman"),
                ["Migration:Legacy:Rocars"] = Store("rocars"),
                ["Migration:Legacy:Accs"] = Store("accs"),
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            };
            builder.Configuration.AddInMemoryCollection(settings.Concat(LocalAdmins.Settings(operatorToken, auditorToken)));
            builder.Services.AddBackfillEngine(builder.Configuration);
        });
        return new LocalWorker(app, url);
    }

    public Task StartAsync(CancellationToken cancellationToken) => App.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
