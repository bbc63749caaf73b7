using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Core.Clearance.Decisions;
using Strangler.Core.Clearance.Outcomes;
using Strangler.Core.Clearance.Relationships;
using Strangler.Core.Clearance.Rules;
using Strangler.Core.Hosting;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Rules;
using Strangler.ServiceDefaults;

namespace Strangler.Core.Clearance;

/// <summary>The core module for the Cargo Clearance Module on the store: rules as data with recorded changes, relationships over history, decisions with reasons, hit rates.</summary>
public sealed class ClearanceModule : ICoreModule
{
    public ContractInterface? Interface => null;

    public Assembly? Migrations => typeof(ClearanceModule).Assembly;

    public void AddServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<ClearanceOptions>(ClearanceOptions.SectionName);
        builder.Services.AddSingleton<StoredRuleStore>();
        builder.Services.AddSingleton<IRiskRuleStore>(sp => sp.GetRequiredService<StoredRuleStore>());
        builder.Services.AddSingleton<StoredPartyRelationships>();
        builder.Services.AddSingleton<IPartyRelationships>(sp => sp.GetRequiredService<StoredPartyRelationships>());
        builder.Services.AddSingleton<StoredClearance>();
        builder.Services.AddSingleton<ICargoClearance>(sp => sp.GetRequiredService<StoredClearance>());
        builder.Services.AddHostedService<RuleSetPoller>();
    }

    public void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/admin/clearance");
        group.MapRuleAdmin();
        group.MapDecisionAdmin();
        group.MapExaminationAdmin();
        group.MapHitRateAdmin();
    }
}
