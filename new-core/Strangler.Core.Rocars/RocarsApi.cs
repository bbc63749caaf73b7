using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Strangler.Contracts.Http.Requests;

namespace Strangler.Core.Rocars;

/// <summary>The ROCARS XML endpoints of this slice: ACI lodgement (ORIGINAL, AMEND, CANCEL) and the AciRecord query.</summary>
internal static class RocarsApi
{
    public static void MapRocarsApi(this WebApplication app)
    {
        var group = app.MapGroup("/rocars/xml/v1");
        group.MapPost("/aci", (ContractRequest request, AciLodging lodging, CancellationToken ct) => lodging.LodgeAsync(request, ct));
        group.MapGet("/aci/{ccrn}", ([FromRoute] string ccrn, ContractRequest request, AciLodging lodging, CancellationToken ct) =>
            lodging.RecordAsync(request, ccrn, ct));
    }
}
