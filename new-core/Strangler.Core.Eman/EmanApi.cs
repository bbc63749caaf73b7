using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Eman.Manifests;
using Strangler.Core.Eman.Notices;

namespace Strangler.Core.Eman;

/// <summary>The EMAN endpoints: lodging manifests, reading one back, and the notice feed.</summary>
internal static class EmanApi
{
    public static void MapEmanApi(this WebApplication app)
    {
        var group = app.MapGroup("/eman/v1");
        group.MapPost("/manifests", (ContractRequest request, ManifestLodging lodging, CancellationToken ct) => lodging.LodgeAsync(request, ct));
        group.MapGet("/manifests/{emanRef}", ([FromRoute] string emanRef, ContractRequest request, ManifestQuery query, CancellationToken ct) =>
            query.ReadAsync(request, emanRef, ct));
        group.MapGet("/notices", (ContractRequest request, NoticeFeed feed, CancellationToken ct) => feed.ReadAsync(request, ct))
            .WithContractQuery(QueryParameter.Cursor(), QueryParameter.PageSize());
    }
}
