using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Core.Gets.Lodging;
using Strangler.Core.Gets.Reading;
using Strangler.Core.Gets.Schema;
using Strangler.Core.Hosting;

namespace Strangler.Core.Gets;

/// <summary>The core module for GETS EDIFACT: CUSDEC declarations in, CUSRES out, the acknowledgement feed.</summary>
public sealed class GetsModule : ICoreModule
{
    public ContractInterface? Interface => ContractInterface.Gets;

    public Assembly? Migrations => typeof(GetsModule).Assembly;

    public void AddServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<GetsTables>();
        builder.Services.AddSingleton<DeclarationDecider>();
        builder.Services.AddSingleton<GetsLodging>();
        builder.Services.AddSingleton<GetsReading>();
    }

    public void Map(WebApplication app) => app.MapGetsApi();
}
