using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Strangler.Migration.Backfill;
using Strangler.Migration.Worker.Admin;
using Strangler.Migration.Worker.Observability;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Reconciliation;
using Strangler.Migration.Worker.Scheduling;
using Strangler.ServiceDefaults;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Migration.Worker;

/// <summary>
/// Builds the migration worker: service defaults, admin tokens, the Quartz scheduler (ADO store), the progress tables,
/// the backfill admin API and <c>/metrics</c>. The backfill engine's <c>IChunkRunner</c> comes from the container.
/// </summary>
public static class WorkerHost
{
    public const string DefaultUrl = "http://127.0.0.1:5190";

    /// <summary>Builds the app; <paramref name="configure"/> runs before services are fixed (tests set configuration and the runner).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? DefaultUrl);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ServiceDefaults:ServiceName"] = "strangler-migration-worker",
        });
        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddAdminAuthentication();
        builder.AddValidatedOptions<SchedulerOptions>(SchedulerOptions.SectionName);
        builder.AddBackfillScheduler();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SchedulerOptions>>().Value;
            return new ProgressDatabase(options.Provider, options.ConnectionString);
        });
        builder.Services.AddSingleton<ProgressStore>();
        builder.Services.AddSingleton<BackfillControl>();
        builder.Services.AddSingleton<ReconciliationSchedule>();
        builder.Services.AddSingleton<ReconciliationStatusReader>();
        builder.Services.AddHostedService<MissedReconciliations>();
        builder.Services.AddSingleton<WorkerMetrics>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter());

        var app = builder.Build();
        // A worker without the engine would take chunks and fail every one of them: refuse to start instead.
        if (!app.Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(IChunkRunner)))
        {
            throw new InvalidOperationException("No IChunkRunner is registered: the backfill engine (Strangler.Migration) must be added before the worker starts.");
        }

        // Before Quartz starts (hosted services start with RunAsync/StartAsync), so the first chunk finds its tables.
        app.Services.GetRequiredService<ProgressDatabase>().CreateAsync().GetAwaiter().GetResult();
        app.MapDefaultEndpoints();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapBackfillEndpoints();
        app.MapReconciliationEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(AdminRoles.ReadPolicy);
        return app;
    }
}
