using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Legacy.Eman.Manifests;

namespace Strangler.Legacy.Eman.Http;

/// <summary>The EMAN endpoints (eman.md, "Endpoints"): thin shims over <see cref="EmanProcessor"/>; the gate did the HTTP checks.</summary>
public static class EmanApi
{
    public static IEndpointRouteBuilder MapEmanApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var eman = endpoints.MapGroup("/eman/v1");
        eman.MapPost("/manifests", (ContractRequest request, EmanProcessor processor, CancellationToken cancellationToken) =>
            processor.SubmitAsync(request.Client, request.Body, request.ReceivedAt, request.Facade, cancellationToken));
        eman.MapGet("/manifests/{emanRef}", (string emanRef, ContractRequest request, EmanProcessor processor, CancellationToken cancellationToken) =>
            processor.GetManifestAsync(request.Client, emanRef, request.ReceivedAt, request.Facade, cancellationToken));
        eman.MapGet("/notices", (ContractRequest request, EmanProcessor processor, CancellationToken cancellationToken) =>
                processor.NoticesAsync(request.Client, request.Query["after"], (int)request.Query["max"], request.ReceivedAt, request.Facade,
                    cancellationToken))
            .WithContractQuery(QueryParameter.Cursor(), QueryParameter.PageSize());
        return endpoints;
    }
}
