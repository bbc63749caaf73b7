using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;

namespace Strangler.Core.Api;

/// <summary>The core module for the versioned JSON API for new integrations.</summary>
public sealed class ApiModule : ICoreModule
{
    public ContractInterface? Interface => null;

    public void AddServices(WebApplicationBuilder builder)
    {
    }

    public void Map(WebApplication app)
    {
    }
}
