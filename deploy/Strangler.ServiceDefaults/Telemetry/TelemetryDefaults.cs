using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Strangler.ServiceDefaults.Health;

namespace Strangler.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs: ASP.NET Core, HttpClient, runtime, and every ActivitySource and
/// Meter named <c>Strangler.*</c>. Nothing leaves the process unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
internal static class TelemetryDefaults
{
    /// <summary>Our own sources and meters are named under this prefix (<c>Strangler.Facade</c> …).</summary>
    public const string SourceNames = "Strangler.*";

    public const string ServiceNameKey = "ServiceDefaults:ServiceName";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IHostApplicationBuilder AddTelemetryDefaults(this IHostApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName(builder)))
            .WithTracing(tracing => tracing
                .AddSource(SourceNames)
                .AddAspNetCoreInstrumentation(aspNetCore =>
                    aspNetCore.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path.Value))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(SourceNames)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());

        if (IsOtlpEnabled(builder.Configuration))
        {
            // Logs go to OpenTelemetry only where they can leave the process; the console has them anyway.
            telemetry
                .WithLogging(configureBuilder: null, configureOptions: logging =>
                {
                    logging.IncludeFormattedMessage = true;
                    logging.IncludeScopes = true;
                })
                .UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The OTLP exporter is on only where a collector is named, so tests and laptops send nothing.</summary>
    public static bool IsOtlpEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);

    /// <summary><c>ServiceDefaults:ServiceName</c>, else <c>OTEL_SERVICE_NAME</c>, else the application name.</summary>
    public static string ServiceName(IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration[ServiceNameKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = builder.Configuration["OTEL_SERVICE_NAME"];
        }

        return string.IsNullOrWhiteSpace(configured) ? builder.Environment.ApplicationName : configured.Trim();
    }
}
