using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Strangler.ServiceDefaults.Errors;
using Strangler.ServiceDefaults.Health;
using Strangler.ServiceDefaults.Http;
using Strangler.ServiceDefaults.Logging;
using Strangler.ServiceDefaults.Telemetry;

namespace Strangler.ServiceDefaults;

/// <summary>
/// What every Strangler service (facade, stand-ins, new core, migration worker, console) starts with:
/// <c>builder.AddServiceDefaults()</c> before its own services, <c>app.MapDefaultEndpoints()</c> right after
/// <c>Build()</c>, before its own middleware and endpoints.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Adds structured logs, OpenTelemetry, health checks, ProblemDetails error answers, the validated
    /// <see cref="ServiceDefaultsOptions"/> (request body limit) and <see cref="TimeProvider.System"/>
    /// unless a clock is already registered.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.AddValidatedOptions<ServiceDefaultsOptions>(ServiceDefaultsOptions.SectionName);
        builder.AddLoggingDefaults();
        builder.AddTelemetryDefaults();
        builder.Services.AddHealthDefaults();
        builder.Services.AddErrorDefaults();
        builder.Services.AddRequestLimits();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Puts the error handling (ProblemDetails for exceptions and empty error answers) into the pipeline and
    /// maps <c>/healthz</c>, <c>/healthz/live</c> and <c>/healthz/ready</c>.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseErrorDefaults();
        app.MapHealthEndpoints();
        return app;
    }
}
