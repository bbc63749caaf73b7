using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Strangler.ServiceDefaults.Health;

/// <summary>The three probes: all checks, liveness, readiness.</summary>
internal static class HealthEndpoints
{
    public const string All = "/healthz";
    public const string Live = "/healthz/live";
    public const string Ready = "/healthz/ready";

    public static IServiceCollection AddHealthDefaults(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Probes are answered in every environment: Kubernetes needs them, and they reveal only check names and states.
        endpoints.MapHealthChecks(All, Options(_ => true));
        endpoints.MapHealthChecks(Live, Options(check => check.Tags.Contains(HealthTags.Live)));
        endpoints.MapHealthChecks(Ready, Options(check => check.Tags.Contains(HealthTags.Ready)));
        return endpoints;
    }

    public static bool IsProbe(string? path) =>
        path is not null && path.StartsWith(All, StringComparison.OrdinalIgnoreCase);

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = HealthReportWriter.WriteAsync,
    };
}
