using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Http;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Http.Time;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Hosting.Concurrency;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Rules;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.Core.Store.References;
using Strangler.Core.Store.Requests;
using Strangler.ServiceDefaults;
using Strangler.ServiceDefaults.Admin;
using Strangler.ServiceDefaults.Health;

namespace Strangler.Core.Hosting;

/// <summary>Builds the new core service from its modules: service defaults, the contract gate, the clock offset, the store.</summary>
public static class CoreHost
{
    public const string DefaultUrl = "http://127.0.0.1:5185";

    /// <summary>Builds the app; <paramref name="configure"/> runs before services are fixed (tests replace configuration or the clock).</summary>
    public static WebApplication Build(string[] args, IReadOnlyList<ICoreModule> modules, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? DefaultUrl);
        if (builder.Environment.IsDevelopment() && !builder.Configuration.GetSection(ClientKeysOptions.SectionName).Exists())
        {
            builder.Configuration.AddInMemoryCollection(SampleClients.Configuration);
        }

        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddContractHttp([.. modules.Select(m => m.Interface).OfType<ContractInterface>()]);
        builder.AddClockOffset();
        builder.AddAdminAuthentication();
        builder.AddValidatedOptions<CoreStoreOptions>(CoreStoreOptions.SectionName);
        foreach (var module in modules)
        {
            module.AddServices(builder);
        }

        AddSharedServices(builder.Services);

        var app = builder.Build();
        app.Services.GetRequiredService<CoreDatabase>()
            .MigrateAsync(modules.Select(m => m.Migrations).OfType<System.Reflection.Assembly>()).GetAwaiter().GetResult();
        app.MapDefaultEndpoints();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseContractGate();
        foreach (var module in modules)
        {
            module.Map(app);
        }

        return app;
    }

    private static void AddSharedServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => new CoreDatabase(sp.GetRequiredService<IOptions<CoreStoreOptions>>().Value));
        services.TryAddSingleton<DocumentWriter>();
        services.TryAddSingleton<DocumentReader>();
        services.TryAddSingleton<ReferenceNumbers>();
        services.TryAddSingleton<CoreReferences>();
        services.TryAddSingleton<RequestLog>();
        services.TryAddSingleton<KeyedLocks>();
        services.TryAddSingleton<IRiskRuleStore>(sp =>
            new InMemoryRiskRuleStore(DefaultRuleSet.Load(), "core start-up", "the default rule set", sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IPartyRelationships>(new InMemoryPartyRelationships([]));
        services.TryAddSingleton<ICargoClearance, RuleSetClearance>();
        services.AddHealthChecks().AddCheck<StoreReadiness>("core-store", tags: [HealthTags.Ready]);
    }
}
