using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Http;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Http.Time;
using Strangler.Core.Rocars;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.Core.Store.References;
using Strangler.Core.Store.Requests;
using Strangler.ServiceDefaults;
using Strangler.ServiceDefaults.Health;

namespace Strangler.Core;

/// <summary>The new core service: service defaults, the ROCARS contract interface, the clock offset, the migrated store.</summary>
public static class CoreHost
{
    public const string DefaultUrl = "http://127.0.0.1:5185";

    /// <summary>Builds the app; <paramref name="configure"/> runs before services are fixed (tests replace configuration or the clock).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? DefaultUrl);
        if (builder.Environment.IsDevelopment() && !builder.Configuration.GetSection(ClientKeysOptions.SectionName).Exists())
        {
            builder.Configuration.AddInMemoryCollection(SampleClients.Configuration);
        }

        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddContractHttp(ContractInterface.Rocars);
        builder.AddClockOffset();
        builder.AddValidatedOptions<CoreStoreOptions>(CoreStoreOptions.SectionName);
        builder.Services.AddSingleton(sp => new CoreDatabase(sp.GetRequiredService<IOptions<CoreStoreOptions>>().Value));
        builder.Services.AddSingleton<DocumentWriter>();
        builder.Services.AddSingleton<DocumentReader>();
        builder.Services.AddSingleton<ReferenceNumbers>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<AciLodging>();
        builder.Services.AddHealthChecks().AddCheck<StoreReadiness>("core-store", tags: [HealthTags.Ready]);

        var app = builder.Build();
        app.Services.GetRequiredService<CoreDatabase>().MigrateAsync().GetAwaiter().GetResult();
        app.MapDefaultEndpoints();
        app.UseRouting();
        app.UseContractGate();
        app.MapRocarsApi();
        return app;
    }
}
