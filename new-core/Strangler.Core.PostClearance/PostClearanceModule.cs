using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;

namespace Strangler.Core.PostClearance;

/// <summary>The core module for the Post-Clearance Module: declaration/manifest matching and the 14-day follow-up.</summary>
public sealed class PostClearanceModule : ICoreModule
{
    public ContractInterface? Interface => null;

    public void AddServices(WebApplicationBuilder builder)
    {
    }

    public void Map(WebApplication app)
    {
    }
}
