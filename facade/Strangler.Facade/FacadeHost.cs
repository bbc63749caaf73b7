using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Strangler.Facade.Admin;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Feeds;
using Strangler.Facade.Gates;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Observability;
using Strangler.Facade.Proxy;
using Strangler.Facade.Routing;
using Strangler.ServiceDefaults;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Facade;

/// <summary>Builds the facade: the contract URLs (YARP), the mirror and its outbox, the control plane and its admin API.</summary>
public static class FacadeHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceDefaults:ServiceName"] = "strangler-facade",
        });
        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddAdminAuthentication();
        builder.Services.PostConfigure<ServiceDefaultsOptions>(defaults =>
            defaults.EmptyErrorBodyPathPrefixes = [.. defaults.EmptyErrorBodyPathPrefixes, "/gets", "/eman", "/rocars", "/accs"]);
        builder.Services.AddOptions<FacadeOptions>().Bind(builder.Configuration.GetSection(FacadeOptions.SectionName))
            .Validate(o => o.Validate().Count == 0, "Facade settings are invalid (see the log for which).")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<FacadeOptions>, FacadeOptionsValidator>();

        builder.Services.AddHttpForwarder();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FacadeOptions>>().Value;
            return new ControlPlaneDatabase(Enum.Parse<ControlPlaneProvider>(options.ControlPlane.Provider, ignoreCase: true), options.ControlPlane.ConnectionString);
        });
        builder.Services.AddSingleton<StageStore>();
        builder.Services.AddSingleton<SnapshotWatcher>();
        builder.Services.AddSingleton<StageChanges>();
        builder.Services.AddSingleton<GateEvaluator>();
        builder.Services.AddSingleton<ReconciliationGate>();
        builder.Services.AddHttpClient(ReconciliationGate.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<FacadeMetrics>();
        builder.Services.AddSingleton<BackendEndpoints>();
        builder.Services.AddSingleton<OutboxStore>();
        builder.Services.AddSingleton<ComparisonStore>();
        builder.Services.AddSingleton<MirrorQueue>();
        builder.Services.AddSingleton<MirrorSender>();
        builder.Services.AddSingleton<MirrorProcessor>();
        builder.Services.AddSingleton<QueuedDeclarations>();
        builder.Services.AddSingleton<OutboxSweeper>();
        builder.Services.AddSingleton<FeedMerge>();
        builder.Services.AddSingleton<ContractProxy>();
        builder.Services.AddHostedService<ControlPlaneStartup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SnapshotWatcher>());
        builder.Services.AddHostedService<MirrorWorkers>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSweeper>());
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter());

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.Use(async (context, next) =>
        {
            if (ContractInterfaces.TryFromPath(context.Request.Path.Value, out var contractInterface))
            {
                await context.RequestServices.GetRequiredService<ContractProxy>().HandleAsync(context, contractInterface);
                return;
            }

            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAdminEndpoints();
        app.MapReportEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(AdminRoles.ReadPolicy);
        return app;
    }
}
