using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Strangler.ServiceDefaults.Http;

/// <summary>Kestrel takes its request body limit from <see cref="ServiceDefaultsOptions.MaxRequestBodySize"/>.</summary>
internal static class RequestLimits
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<ServiceDefaultsOptions>>((kestrel, defaults) =>
            {
                // Build() already creates the server. An invalid limit is left out here and reported by
                // ValidateOnStart a moment later, like every other bad setting, when the host starts.
                try
                {
                    kestrel.Limits.MaxRequestBodySize = defaults.Value.MaxRequestBodySize;
                }
                catch (OptionsValidationException)
                {
                }
            });
        return services;
    }
}
