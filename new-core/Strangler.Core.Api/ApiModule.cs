using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Http;
using Strangler.Core.Api.Access;
using Strangler.Core.Api.Declarations;
using Strangler.Core.Api.Idempotency;
using Strangler.Core.Api.Listing;
using Strangler.Core.Api.Reading;
using Strangler.Core.Api.Reuse;
using Strangler.Core.Api.Road;
using Strangler.Core.Hosting;

namespace Strangler.Core.Api;

/// <summary>The core module for the versioned JSON API for new integrations (/api/v1, OpenAPI at /openapi/v1.json).</summary>
public sealed class ApiModule : ICoreModule
{
    public ContractInterface? Interface => null;

    // The API keeps its state in the shared store and request log: it owns no tables.
    public Assembly? Migrations => null;

    public void AddServices(WebApplicationBuilder builder)
    {
        // The document describes the JSON API only; the legacy contracts are described by contracts/*.md.
        builder.Services.AddOpenApi(options => options.ShouldInclude = description =>
            description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true || description.RelativePath == "api/v1");
        builder.Services.AddSingleton<ApiCaller>();
        builder.Services.AddSingleton<IdempotentWrites>();
        builder.Services.AddSingleton<LrnRegister>();
        builder.Services.AddSingleton<DataReuse>();
        builder.Services.AddSingleton<DeclarationLodging>();
        builder.Services.AddSingleton<LiveBundles>();
        builder.Services.AddSingleton<AciLodging>();
        builder.Services.AddSingleton<DocumentReads>();
        builder.Services.AddSingleton<DocumentList>();
    }

    public void Map(WebApplication app)
    {
        app.MapOpenApi();
        app.MapJsonApi();
    }
}
