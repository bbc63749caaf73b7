using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Strangler.Contracts.Http;
using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Platform.Store;
using Strangler.Legacy.Rocars.Bundling;
using Strangler.Legacy.Rocars.Http;
using Strangler.Legacy.Rocars.Lodging;
using Strangler.Legacy.Rocars.Risk;
using Strangler.Legacy.Rocars.Store;
using Strangler.ServiceDefaults;

namespace Strangler.Legacy.Rocars;

/// <summary>The legacy ROCARS stand-in: rocars.md over HTTP on its RCS_ store, with the legacy GO/STOP risk decision.</summary>
public sealed class RocarsStandIn : IStandIn
{
    public const string Prefix = "RCS_";

    public string Name => "rocars";

    public int DefaultPort => 5183;

    public string TablePrefix => Prefix;

    public ContractInterface Interface => ContractInterface.Rocars;

    public Assembly MigrationsAssembly => typeof(RocarsStandIn).Assembly;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<RiskOptions>(RiskOptions.SectionName);
        builder.Services.TryAddSingleton(sp => new RocarsDatabase(sp.GetRequiredService<LegacyDatabase>(), sp.GetRequiredService<LegacySequences>()));
        builder.Services.TryAddSingleton(sp => new LegacyRiskAssessment(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RiskOptions>>().Value));
        builder.Services.TryAddSingleton<AciLodging>();
        builder.Services.TryAddSingleton<BundleMaking>();
        builder.Services.TryAddSingleton(sp => new RocarsProcessor(
            sp.GetRequiredService<RocarsDatabase>(), sp.GetRequiredService<AciLodging>(), sp.GetRequiredService<BundleMaking>()));
    }

    public void MapEndpoints(WebApplication app) => app.MapRocarsApi();
}
