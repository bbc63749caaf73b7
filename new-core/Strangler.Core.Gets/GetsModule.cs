using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;

namespace Strangler.Core.Gets;

/// <summary>The core module for GETS EDIFACT: CUSDEC declarations in, CUSRES out, the acknowledgement feed.</summary>
public sealed class GetsModule : ICoreModule
{
    public ContractInterface? Interface => ContractInterface.Gets;

    public void AddServices(WebApplicationBuilder builder)
    {
    }

    public void Map(WebApplication app)
    {
    }
}
