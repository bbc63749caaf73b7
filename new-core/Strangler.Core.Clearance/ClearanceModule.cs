using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;

namespace Strangler.Core.Clearance;

/// <summary>The core module for the Cargo Clearance Module on the store: rules as data with recorded changes, relationships over history, decisions with reasons, hit rates.</summary>
public sealed class ClearanceModule : ICoreModule
{
    public ContractInterface? Interface => null;

    public void AddServices(WebApplicationBuilder builder)
    {
    }

    public void Map(WebApplication app)
    {
    }
}
