using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Clients;
using Strangler.Legacy.Accs;
using Strangler.Legacy.Accs.Messages;
using Strangler.Legacy.Eman;
using Strangler.Legacy.Eman.Manifests;
using Strangler.Legacy.Gets;
using Strangler.Legacy.Gets.Processing;
using Strangler.Legacy.History.Clients;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Platform.Schema;
using Strangler.Legacy.Platform.Store;
using Strangler.Legacy.Rocars;
using Strangler.RocarsXml;

namespace Strangler.Legacy.History.Sinks;

/// <summary>
/// Writes the history through the stand-ins' own write path: each stand-in's app is built as it runs
/// (its services, options, store and client keys: the sample keys, then the history's) but not started,
/// its store migrated, and each request handed to its processor at the request's received-at, with the
/// app's clock standing at that moment. Interfaces not selected are answered by a <see cref="SimulatedSink"/>.
/// </summary>
public sealed class StandInSink : IHistorySink, IAsyncDisposable
{
    private readonly Dictionary<HistoryInterface, WebApplication> _apps;
    private readonly Dictionary<HistoryInterface, HistoryClock> _clocks;
    private readonly ConcurrentDictionary<(HistoryInterface, string), ClientAuthority> _keys = [];
    private readonly SimulatedSink _simulated;
    private readonly string _contentRoot;

    private StandInSink(
        Dictionary<HistoryInterface, WebApplication> apps, Dictionary<HistoryInterface, HistoryClock> clocks, SimulatedSink simulated, string contentRoot)
    {
        _apps = apps;
        _clocks = clocks;
        _simulated = simulated;
        _contentRoot = contentRoot;
    }

    /// <summary>Builds the selected stand-ins on <paramref name="store"/> and brings their schemas up to date.</summary>
    public static async Task<StandInSink> CreateAsync(
        HistoryStore store, HistoryClients clients, IReadOnlyCollection<HistoryInterface> selected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(selected);
        // An empty content root: no appsettings.json of the build folder (where several stand-ins' copies collide) is read.
        var contentRoot = Directory.CreateTempSubdirectory("strangler-history-").FullName;
        var apps = new Dictionary<HistoryInterface, WebApplication>();
        var clocks = new Dictionary<HistoryInterface, HistoryClock>();
        var sink = new StandInSink(apps, clocks, new SimulatedSink(clients), contentRoot);
        try
        {
            var keys = StandInKeys.Configuration(clients);
            foreach (var historyInterface in selected.Distinct())
            {
                // A clock per stand-in: the interfaces are written concurrently, each at its own received-at.
                var clock = new HistoryClock(DateTimeOffset.UnixEpoch);
                clocks[historyInterface] = clock;
                var app = historyInterface switch
                {
                    HistoryInterface.Gets => Build<GetsStandIn>(store, keys, clock, contentRoot),
                    HistoryInterface.Eman => Build<EmanStandIn>(store, keys, clock, contentRoot),
                    HistoryInterface.Rocars => Build<RocarsStandIn>(store, keys, clock, contentRoot),
                    _ => Build<AccsStandIn>(store, keys, clock, contentRoot),
                };
                apps[historyInterface] = app;
                await MigrateAsync(app, cancellationToken);
            }
        }
        catch
        {
            await sink.DisposeAsync();
            throw;
        }

        return sink;
    }

    public bool Stores(HistoryInterface historyInterface) => _apps.ContainsKey(historyInterface);

    public async Task<byte[]> SubmitAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_apps.TryGetValue(request.Interface, out var app))
        {
            return await _simulated.SubmitAsync(request, cancellationToken);
        }

        _clocks[request.Interface].Set(request.ReceivedAt);
        var key = Authority(request.Interface, app, request.ClientKey);
        var services = app.Services;
        var answer = request.Interface switch
        {
            HistoryInterface.Gets => await services.GetRequiredService<GetsProcessor>()
                .SubmitAsync(key, request.Body, request.ReceivedAt, null, cancellationToken),
            HistoryInterface.Eman => await services.GetRequiredService<EmanProcessor>()
                .SubmitAsync(key, request.Body, request.ReceivedAt, null, cancellationToken),
            HistoryInterface.Rocars => request.Endpoint == RocarsEndpoint.Bundles
                ? await services.GetRequiredService<RocarsProcessor>().SubmitBundleAsync(key, request.Body, request.ReceivedAt, null, cancellationToken)
                : await services.GetRequiredService<RocarsProcessor>()
                    .SubmitAciAsync(key, request.Endpoint ?? RocarsEndpoint.Aci, request.Body, request.ReceivedAt, null, cancellationToken),
            _ => await services.GetRequiredService<AccsProcessor>()
                .SubmitAsync(key, request.Body, request.ReceivedAt, null, cancellationToken),
        };
        return answer.StatusCode == 200
            ? answer.Body.ToArray()
            : throw new InvalidOperationException(
                $"The {request.Interface.Name()} stand-in answered HTTP {answer.StatusCode} to a history request of {request.ClientKey} at {request.ReceivedAt:O}.");
    }

    /// <summary>The services of a selected stand-in's app (tests read back through its processors).</summary>
    internal IServiceProvider ServicesOf(HistoryInterface historyInterface) => _apps[historyInterface].Services;

    /// <summary>A key as the stand-in knows it.</summary>
    internal ClientAuthority AuthorityOf(HistoryInterface historyInterface, string key) => Authority(historyInterface, _apps[historyInterface], key);

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }

        _apps.Clear();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private ClientAuthority Authority(HistoryInterface historyInterface, WebApplication app, string key) =>
        _keys.GetOrAdd((historyInterface, key), k => app.Services.GetRequiredService<IClientKeys>().Find(k.Item2)
            ?? throw new InvalidOperationException($"The {historyInterface.Name()} stand-in does not know the key {key}."));

    private static WebApplication Build<T>(HistoryStore store, IReadOnlyDictionary<string, string?> keys, HistoryClock clock, string contentRoot)
        where T : IStandIn, new()
    {
        var name = new T().Name;
        var settings = new Dictionary<string, string?>(keys, StringComparer.OrdinalIgnoreCase)
        {
            ["Store:Provider"] = store.Provider,
            ["Store:ConnectionString"] = store.ConnectionStringFor(name),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        return StandInHost.Build<T>(["--environment", "Production", "--contentRoot", contentRoot], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        });
    }

    private static async Task MigrateAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var standIn = app.Services.GetRequiredService<IStandIn>();
        var database = app.Services.GetRequiredService<LegacyDatabase>();
        await database.PrepareAsync(cancellationToken);
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        await Task.Run(
            () => SchemaMigrator.MigrateUp(database.Provider, database.ConnectionString, standIn.MigrationsAssembly, standIn.TablePrefix, loggers),
            cancellationToken);
    }
}
