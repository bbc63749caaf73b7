using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;

namespace Strangler.Core.Eman;

/// <summary>The core module for EMAN EDIFACT: CUSCAR manifests in, CUSRES out, detention notices and release vouchers.</summary>
public sealed class EmanModule : ICoreModule
{
    public ContractInterface? Interface => ContractInterface.Eman;

    public void AddServices(WebApplicationBuilder builder)
    {
    }

    public void Map(WebApplication app)
    {
    }
}
