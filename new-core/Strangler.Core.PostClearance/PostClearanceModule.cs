using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Core.Hosting;
using Strangler.Core.PostClearance.Api;
using Strangler.Core.PostClearance.FollowUp;
using Strangler.Core.PostClearance.Matching;
using Strangler.ServiceDefaults;

namespace Strangler.Core.PostClearance;

/// <summary>The core module for the Post-Clearance Module: declaration/manifest matching and the 14-day follow-up.</summary>
public sealed class PostClearanceModule : ICoreModule
{
    public ContractInterface? Interface => null;

    public Assembly? Migrations => typeof(PostClearanceModule).Assembly;

    public void AddServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddValidatedOptions<PostClearanceOptions>(PostClearanceOptions.SectionName);
        builder.Services.AddSingleton<MatchIndexer>();
        builder.Services.AddSingleton<FollowUpRules>();
        builder.Services.AddSingleton<MatchQuery>();
        builder.Services.AddSingleton<FollowUpCaseQuery>();
        builder.Services.AddSingleton(sp => new PostClearanceRun(
            sp.GetRequiredService<MatchIndexer>(), sp.GetRequiredService<FollowUpRules>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService<PostClearanceWorker>();
    }

    public void Map(WebApplication app) => app.MapPostClearanceApi();
}
