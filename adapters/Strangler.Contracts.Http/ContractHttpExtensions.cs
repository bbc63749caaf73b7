using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Http.Gate;
using Strangler.Contracts.Http.Requests;
using Strangler.ServiceDefaults;

namespace Strangler.Contracts.Http;

/// <summary>Wires the contracts' HTTP edge into a host: client keys, facade credential, the gate for the given interfaces.</summary>
public static class ContractHttpExtensions
{
    /// <summary>
    /// Registers the validated <c>Clients</c> keys (<see cref="IClientKeys"/>), <c>Facade:Credential</c>, and the gate
    /// for <paramref name="interfaces"/>, whose paths also keep empty error bodies in the service defaults.
    /// Call after AddServiceDefaults; put <see cref="UseContractGate"/> into the pipeline.
    /// </summary>
    public static IHostApplicationBuilder AddContractHttp(this IHostApplicationBuilder builder, params ContractInterface[] interfaces)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(interfaces);

        var clients = builder.Configuration.GetSection(ClientKeysOptions.SectionName);
        builder.Services.AddOptions<ClientKeysOptions>()
            .Configure(options => Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(clients, options.Keys))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClientKeysOptions>, ClientKeysValidator>());
        builder.Services.TryAddSingleton<IClientKeys, ClientKeys>();

        builder.AddValidatedOptions<FacadeOptions>(FacadeOptions.SectionName);

        builder.Services.Configure<ContractGateOptions>(gate =>
        {
            foreach (var contractInterface in interfaces.Where(i => !gate.Interfaces.Contains(i)))
            {
                gate.Interfaces.Add(contractInterface);
            }
        });
        builder.Services.PostConfigure<ServiceDefaultsOptions>(defaults =>
            defaults.EmptyErrorBodyPathPrefixes = defaults.EmptyErrorBodyPathPrefixes
                .Concat(interfaces.Select(i => i.PathPrefix.Value!))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray());
        return builder;
    }

    /// <summary>The gate; after MapDefaultEndpoints (error handling) and routing, before the endpoints run.</summary>
    public static IApplicationBuilder UseContractGate(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<ContractGateMiddleware>();
    }
}
