using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Accs.Messages;
using Strangler.Core.Accs.State;
using Strangler.Core.Hosting;

namespace Strangler.Core.Accs;

/// <summary>The core module for ACCS Cargo-IMP: FWB, FHL, FFM in, FMA/FNA out, CSN status feed.</summary>
public sealed class AccsModule : ICoreModule
{
    public ContractInterface? Interface => ContractInterface.Accs;

    public Assembly? Migrations => typeof(AccsModule).Assembly;

    public void AddServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<AccsOptions>().Bind(builder.Configuration.GetSection(AccsOptions.SectionName));
        builder.Services.AddSingleton<AccsStore>();
        builder.Services.AddSingleton<StatusLifecycle>();
        builder.Services.AddSingleton<AccsSubmission>();
        builder.Services.AddSingleton<AccsStatusQueries>();
    }

    public void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var accs = app.MapGroup("/accs/v1");
        accs.MapPost("/messages", (ContractRequest request, AccsSubmission submission, CancellationToken ct) => submission.SubmitAsync(request, ct));
        accs.MapGet("/status/{awb}", ([FromRoute] string awb, ContractRequest request, AccsStatusQueries status, CancellationToken ct) =>
            status.StatusAsync(request, awb, ct));
        accs.MapGet("/status", (ContractRequest request, AccsStatusQueries status, CancellationToken ct) => status.FeedAsync(request, ct))
            .WithContractQuery(QueryParameter.Cursor(), QueryParameter.PageSize());
    }
}
