using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Clients;
using Strangler.Legacy.Accs.Messages;
using Strangler.Legacy.Accs.Risk;
using Strangler.Legacy.Accs.Status;
using Strangler.Legacy.Platform.Store;
using Strangler.ServiceDefaults;

namespace Strangler.Legacy.Accs;

/// <summary>Registers the legacy ACCS stand-in's services (the platform registers the store, keys, clock and gate).</summary>
public static class AccsServices
{
    public static IHostApplicationBuilder AddLegacyAccs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<LegacyRiskOptions>(LegacyRiskOptions.SectionName);
        var services = builder.Services;
        services.AddSingleton(sp =>
        {
            var keys = sp.GetRequiredService<IClientKeys>();
            var configured = sp.GetRequiredService<IOptions<ClientKeysOptions>>().Value.Keys;
            return new AccsKeys(configured.Select(k => keys.Find(k.Key)).OfType<ClientAuthority>());
        });
        services.AddSingleton(sp => new LegacyRiskAssessor(sp.GetRequiredService<IOptions<LegacyRiskOptions>>().Value));
        services.AddSingleton(sp => new AccsStore(sp.GetRequiredService<LegacyDatabase>(), sp.GetRequiredService<LegacySequences>()));
        services.AddSingleton(sp => new StatusNotifier(
            sp.GetRequiredService<AccsKeys>(), sp.GetRequiredService<IOptions<LegacyRiskOptions>>().Value.ExaminationTime));
        services.AddSingleton(sp => new FwbFiling(sp.GetRequiredService<StatusNotifier>(), sp.GetRequiredService<LegacyRiskAssessor>()));
        services.AddSingleton(sp => new FfmFiling(sp.GetRequiredService<StatusNotifier>()));
        services.AddSingleton(sp => new AccsProcessor(
            sp.GetRequiredService<AccsStore>(), sp.GetRequiredService<StatusNotifier>(),
            sp.GetRequiredService<FwbFiling>(), sp.GetRequiredService<FfmFiling>()));
        services.AddSingleton(sp => new AccsStatusService(sp.GetRequiredService<AccsStore>(), sp.GetRequiredService<StatusNotifier>()));
        services.AddHostedService<ExaminationReleaseService>();
        return builder;
    }
}
