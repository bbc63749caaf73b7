using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;

namespace Strangler.Core.Rocars;

/// <summary>The core module for ROCARS XML: ACI, SSDD, bundles, clearance instructions.</summary>
public sealed class RocarsModule : ICoreModule
{
    public ContractInterface? Interface => ContractInterface.Rocars;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AciLodging>();
    }

    public void Map(WebApplication app) => app.MapRocarsApi();
}
