using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;
using Strangler.Core.Rocars.Bundles;

namespace Strangler.Core.Rocars;

/// <summary>The core module for ROCARS XML: ACI, SSDD, bundles, clearance instructions.</summary>
public sealed class RocarsModule : ICoreModule
{
    public ContractInterface? Interface => ContractInterface.Rocars;

    public Assembly? Migrations => typeof(RocarsModule).Assembly;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RocarsMessages>();
        builder.Services.AddSingleton<AciDocuments>();
        builder.Services.AddSingleton<AciIntents>();
        builder.Services.AddSingleton<BundleStore>();
        builder.Services.AddSingleton<AciLodging>();
        builder.Services.AddSingleton<BundleDesk>();
        builder.Services.AddSingleton<ClearanceQuery>();
    }

    public void Map(WebApplication app) => app.MapRocarsApi();
}
