using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Strangler.Contracts.Http;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Http.Time;
using Strangler.Legacy.Platform.Schema;
using Strangler.Legacy.Platform.Store;
using Strangler.ServiceDefaults;
using Strangler.ServiceDefaults.Health;

namespace Strangler.Legacy.Platform.Hosting;

/// <summary>
/// Builds and runs a legacy stand-in: service defaults, client keys, the gate for its interface, the shifted
/// clock, its store (migrated at start, readiness-checked), its services and endpoints.
/// </summary>
public static class StandInHost
{
    /// <summary>
    /// <c>Program.cs</c>: <c>return await StandInHost.RunAsync&lt;GetsStandIn&gt;(args);</c>. With the arguments
    /// <c>oracle-ddl [file]</c> it prints the store's Oracle DDL (to the file, else stdout) and exits.
    /// </summary>
    public static async Task<int> RunAsync<T>(string[] args)
        where T : IStandIn, new()
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "oracle-ddl")
        {
            var standIn = new T();
            var ddl = SchemaMigrator.OracleDdl(standIn.MigrationsAssembly, standIn.TablePrefix);
            if (args.Length > 1)
            {
                await File.WriteAllTextAsync(args[1], ddl);
            }
            else
            {
                await Console.Out.WriteAsync(ddl);
            }

            return 0;
        }

        await using var app = Build<T>(args);
        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// The stand-in's application, not yet started. <paramref name="configure"/> runs first, right after the
    /// builder is made: add configuration sources or register a <see cref="TimeProvider"/> there (tests do).
    /// <paramref name="replaceServices"/> runs after the platform's and the stand-in's registrations (before the
    /// clock offset is applied): replace services there.
    /// </summary>
    public static WebApplication Build<T>(string[] args, Action<WebApplicationBuilder>? configure = null,
        Action<WebApplicationBuilder>? replaceServices = null)
        where T : IStandIn, new()
    {
        ArgumentNullException.ThrowIfNull(args);
        var standIn = new T();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        configure?.Invoke(builder);

        if (builder.Environment.IsDevelopment() && !builder.Configuration.GetSection(ClientKeysOptions.SectionName).GetChildren().Any())
        {
            builder.Configuration.AddInMemoryCollection(SampleClients.Configuration);
        }

        builder.Configuration["ServiceDefaults:ServiceName"] ??= "strangler-legacy-" + standIn.Name;

        builder.AddServiceDefaults();
        builder.AddContractHttp(standIn.Interface);
        AddStore(builder, standIn);
        standIn.ConfigureServices(builder);
        replaceServices?.Invoke(builder);
        builder.AddClockOffset();

        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && !builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{standIn.DefaultPort}");
        }

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.UseRouting();
        app.UseContractGate();
        standIn.MapEndpoints(app);
        return app;
    }

    private static void AddStore(WebApplicationBuilder builder, IStandIn standIn)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.AddValidatedOptions<StoreOptions>(StoreOptions.SectionName)
            .PostConfigure(store =>
            {
                if (string.IsNullOrWhiteSpace(store.ConnectionString) && store.Provider.Trim().Equals("sqlite", StringComparison.OrdinalIgnoreCase))
                {
                    store.ConnectionString = $"Data Source={Path.Combine(contentRoot, "data", standIn.Name + ".db")}";
                }
            });

        HongKongLocalTime.RegisterWithDapper();
        StoredNumbers.RegisterWithDapper();
        builder.Services.AddSingleton(standIn);
        builder.Services.AddSingleton<LegacyDatabase>();
        builder.Services.AddSingleton(new LegacySequences(standIn.TablePrefix));
        builder.Services.AddHostedService<StoreMigration>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthTags.Ready]);
    }
}
