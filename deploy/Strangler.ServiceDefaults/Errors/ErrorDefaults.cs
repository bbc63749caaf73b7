using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Strangler.ServiceDefaults.Errors;

/// <summary>
/// Errors become ProblemDetails (RFC 9457) with a trace id and no stack trace: exceptions through
/// <see cref="ProblemExceptionHandler"/>, empty 4xx/5xx answers through the status code pages, except on
/// the legacy interface paths, whose contracts want empty error bodies.
/// </summary>
internal static class ErrorDefaults
{
    public static IServiceCollection AddErrorDefaults(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<EmptyErrorBodyPaths>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static IApplicationBuilder UseErrorDefaults(this IApplicationBuilder app)
    {
        // Placed before the service's own middleware, so the developer exception page (outermost, Development
        // only) never sees an exception and never shows a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(static (context, next) =>
        {
            if (context.RequestServices.GetRequiredService<EmptyErrorBodyPaths>().Contains(context.Request.Path)
                && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            return next(context);
        });
        return app;
    }
}
