using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Core.Eman.Manifests;
using Strangler.Core.Eman.Notices;
using Strangler.Core.Hosting;

namespace Strangler.Core.Eman;

/// <summary>The core module for EMAN EDIFACT: CUSCAR manifests in, CUSRES out, detention notices and release vouchers.</summary>
public sealed class EmanModule : ICoreModule
{
    public ContractInterface? Interface => ContractInterface.Eman;

    public Assembly? Migrations => typeof(EmanModule).Assembly;

    public void AddServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<EmanOptions>().Bind(builder.Configuration.GetSection("Eman"));
        builder.Services.AddSingleton<ManifestStore>();
        builder.Services.AddSingleton<ManifestProcessor>();
        builder.Services.AddSingleton<ManifestLodging>();
        builder.Services.AddSingleton<ManifestQuery>();
        builder.Services.AddSingleton<NoticeBoard>();
        builder.Services.AddSingleton<ManifestClearance>();
        builder.Services.AddSingleton<NoticeFeed>();
    }

    public void Map(WebApplication app) => app.MapEmanApi();
}
