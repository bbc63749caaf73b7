using System.Reflection;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Http;
using Strangler.Contracts.Http.Clients;
using Strangler.Legacy.Gets.Endpoints;
using Strangler.Legacy.Gets.Hours;
using Strangler.Legacy.Gets.Processing;
using Strangler.Legacy.Gets.Queue;
using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Platform.Store;
using Strangler.ServiceDefaults;

namespace Strangler.Legacy.Gets;

/// <summary>The legacy GETS stand-in: trade declarations over CUSDEC/CUSRES on a <c>GTS_</c> store.</summary>
public sealed class GetsStandIn : IStandIn
{
    public string Name => "gets";

    public int DefaultPort => 5181;

    public string TablePrefix => "GTS_";

    public ContractInterface Interface => ContractInterface.Gets;

    public Assembly MigrationsAssembly => typeof(GetsStandIn).Assembly;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<ServiceHoursOptions>(ServiceHoursOptions.Section);
        var services = builder.Services;
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ServiceHoursOptions>>().Value.ToHours());
        services.AddSingleton<GetsWriteLock>();
        services.AddSingleton(sp => new DeclarationLodging(sp.GetRequiredService<LegacySequences>()));
        services.AddSingleton(sp => new QueueProcessor(
            sp.GetRequiredService<LegacyDatabase>(),
            sp.GetRequiredService<LegacySequences>(),
            sp.GetRequiredService<DeclarationLodging>(),
            sp.GetRequiredService<ServiceHours>(),
            sp.GetRequiredService<IClientKeys>()));
        services.AddSingleton(sp => new GetsProcessor(
            sp.GetRequiredService<LegacyDatabase>(),
            sp.GetRequiredService<LegacySequences>(),
            sp.GetRequiredService<DeclarationLodging>(),
            sp.GetRequiredService<QueueProcessor>(),
            sp.GetRequiredService<GetsWriteLock>(),
            sp.GetRequiredService<ServiceHours>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService(sp => new QueueOpening(
            sp.GetRequiredService<GetsProcessor>(),
            sp.GetRequiredService<ServiceHours>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<QueueOpening>>()));
    }

    public void MapEndpoints(WebApplication app) => app.MapGetsApi();
}
