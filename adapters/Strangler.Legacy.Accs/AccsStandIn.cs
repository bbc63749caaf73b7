using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Strangler.Contracts.Http;
using Strangler.Legacy.Accs.Endpoints;
using Strangler.Legacy.Platform.Hosting;

namespace Strangler.Legacy.Accs;

/// <summary>The legacy ACCS stand-in as the shared host runs it: Cargo-IMP messages, CSN status and feed, on ACC_ tables.</summary>
public sealed class AccsStandIn : IStandIn
{
    internal const string TablePrefixValue = "ACC_";

    public string Name => "accs";

    public int DefaultPort => 5184;

    public string TablePrefix => TablePrefixValue;

    public ContractInterface Interface => ContractInterface.Accs;

    public Assembly MigrationsAssembly => typeof(AccsStandIn).Assembly;

    public void ConfigureServices(WebApplicationBuilder builder) => builder.AddLegacyAccs();

    public void MapEndpoints(WebApplication app) => app.MapAccsApi();
}
