using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Strangler.Contracts.Http.Clients;
using Strangler.Legacy.Accs;
using Strangler.Legacy.Eman;
using Strangler.Legacy.Gets;
using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Rocars;

namespace Strangler.Local;

/// <summary>
/// The four legacy stand-ins of the local run, each on its own port and its own SQLite store under the
/// data folder, with the sample client keys plus any extra keys (those of the generated history).
/// </summary>
internal sealed class LocalStandIns : IAsyncDisposable
{
    private readonly List<(string Name, string Url, WebApplication App)> running = [];

    public IReadOnlyList<(string Name, string Url)> Urls => running.Select(r => (r.Name, r.Url)).ToList();

    public IEnumerable<(string Name, WebApplication App)> Apps => running.Select(r => (r.Name, r.App));

    /// <summary>Builds the four stand-ins (migrating their stores at start) without listening yet.</summary>
    public static LocalStandIns Build(string dataFolder, IReadOnlyDictionary<string, string?> extraClients, int firstPort = 5181)
    {
        Directory.CreateDirectory(dataFolder);
        var standIns = new LocalStandIns();
        standIns.Add<GetsStandIn>("gets", firstPort, dataFolder, extraClients);
        standIns.Add<EmanStandIn>("eman", firstPort + 1, dataFolder, extraClients);
        standIns.Add<RocarsStandIn>("rocars", firstPort + 2, dataFolder, extraClients);
        standIns.Add<AccsStandIn>("accs", firstPort + 3, dataFolder, extraClients);
        return standIns;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (_, _, app) in running)
        {
            await app.StartAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, _, app) in running)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private void Add<T>(string name, int port, string dataFolder, IReadOnlyDictionary<string, string?> extraClients)
        where T : IStandIn, new()
    {
        var url = $"http://127.0.0.1:{port}";
        var app = StandInHost.Build<T>([], builder =>
        {
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["urls"] = url,
                ["Store:Provider"] = "sqlite",
                ["Store:ConnectionString"] = $"Data Source={Path.Combine(dataFolder, name + ".db")}",
                // Four services share one console: keep it to warnings.
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            };
            foreach (var (key, value) in SampleClients.Configuration)
            {
                settings[key] = value;
            }

            foreach (var (key, value) in extraClients)
            {
                settings[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(settings);
        });
        running.Add((name, url, app));
    }
}
