using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Http;
using Strangler.Legacy.Eman.Http;
using Strangler.Legacy.Eman.Manifests;
using Strangler.Legacy.Eman.Notices;
using Strangler.Legacy.Eman.Risk;
using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Platform.Store;
using Strangler.ServiceDefaults;

namespace Strangler.Legacy.Eman;

/// <summary>The legacy EMAN stand-in: electronic cargo manifests, acknowledgements and the per-carrier notice feed, on the <c>EMN_</c> store.</summary>
public sealed class EmanStandIn : IStandIn
{
    public string Name => "eman";

    public int DefaultPort => 5182;

    public string TablePrefix => "EMN_";

    public ContractInterface Interface => ContractInterface.Eman;

    public Assembly MigrationsAssembly => typeof(EmanStandIn).Assembly;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<RiskOptions>(RiskOptions.SectionName);
        var services = builder.Services;
        services.AddSingleton(sp => new LegacyRiskEngine(sp.GetRequiredService<IOptions<RiskOptions>>().Value));
        services.AddSingleton(sp => new NoticeStore(sp.GetRequiredService<LegacySequences>()));
        services.AddSingleton(sp => new ReleaseIssuer(sp.GetRequiredService<LegacyDatabase>(), sp.GetRequiredService<NoticeStore>()));
        services.AddSingleton(sp => new ManifestDesk(
            sp.GetRequiredService<LegacySequences>(), sp.GetRequiredService<NoticeStore>(),
            sp.GetRequiredService<LegacyRiskEngine>(), sp.GetRequiredService<IOptions<RiskOptions>>().Value));
        services.AddSingleton(sp => new EmanProcessor(
            sp.GetRequiredService<LegacyDatabase>(), sp.GetRequiredService<LegacySequences>(),
            sp.GetRequiredService<ManifestDesk>(), sp.GetRequiredService<ReleaseIssuer>()));
        services.AddHostedService<ReleaseService>();
    }

    public void MapEndpoints(WebApplication app) => app.MapEmanApi();
}
