using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http;
using Strangler.Contracts.Http.Clients;
using Strangler.Legacy.Platform.Hosting;

namespace Strangler.Legacy.Platform.Testing;

/// <summary>
/// A stand-in started for a test on real Kestrel at 127.0.0.1 with a free port, on the fake clock, with the
/// sample client keys, on a fresh SQLite file or a given PostgreSQL database.
/// </summary>
public sealed class StandInTestHost : IAsyncDisposable
{
    private readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(1) };
    private readonly string? _sqliteFile;

    private StandInTestHost(WebApplication app, Uri baseAddress, string? sqliteFile)
    {
        App = app;
        BaseAddress = baseAddress;
        _sqliteFile = sqliteFile;
    }

    public WebApplication App { get; }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>
    /// Builds and starts <typeparamref name="T"/>. <paramref name="configuration"/> adds or overrides settings
    /// (<c>Clock:Offset</c>, <c>Facade:Credential</c>, <c>Risk:Seed</c> …); <paramref name="configure"/> runs on the
    /// builder after the platform's and the stand-in's registrations (replace services there).
    /// </summary>
    public static async Task<StandInTestHost> StartAsync<T>(
        StoreKind store,
        FakeTimeProvider clock,
        IReadOnlyDictionary<string, string?>? configuration = null,
        Action<WebApplicationBuilder>? configure = null)
        where T : IStandIn, new()
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        string? sqliteFile = null;
        var settings = new Dictionary<string, string?>(SampleClients.Configuration, StringComparer.OrdinalIgnoreCase)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        switch (store)
        {
            case StoreKind.PostgresStore postgres:
                settings["Store:Provider"] = "postgres";
                settings["Store:ConnectionString"] = postgres.ConnectionString;
                break;
            default:
                sqliteFile = Path.Combine(Path.GetTempPath(), $"strangler-{new T().Name}-{Guid.NewGuid():N}.db");
                settings["Store:Provider"] = "sqlite";
                settings["Store:ConnectionString"] = $"Data Source={sqliteFile}";
                break;
        }

        var app = StandInHost.Build<T>(["--environment", "Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            if (configuration is not null)
            {
                builder.Configuration.AddInMemoryCollection(configuration);
            }

            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        }, configure);

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            DeleteSqlite(sqliteFile);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StandInTestHost(app, new Uri(address.TrimEnd('/') + "/"), sqliteFile);
    }

    /// <summary>A client of this host sending <c>X-Api-Key</c> when <paramref name="apiKey"/> is given; the caller disposes it.</summary>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(ContractHeaders.ApiKey, apiKey);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        _handler.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        DeleteSqlite(_sqliteFile);
    }

    private static void DeleteSqlite(string? file)
    {
        if (file is null)
        {
            return;
        }

        // Pooled connections keep the file open on some platforms.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Left in the temp folder; harmless.
            }
        }
    }
}
