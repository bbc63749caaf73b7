using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Rocars.Bundles;
using Strangler.RocarsXml;

namespace Strangler.Core.Rocars;

/// <summary>The ROCARS XML endpoints: ACI and SSDD lodgement, the AciRecord query, bundles and the clearance instruction.</summary>
internal static class RocarsApi
{
    public static void MapRocarsApi(this WebApplication app)
    {
        var group = app.MapGroup("/rocars/xml/v1");
        group.MapPost("/aci", (ContractRequest request, AciLodging lodging, CancellationToken ct) =>
            lodging.LodgeAsync(request, RocarsEndpoint.Aci, ct));
        group.MapPost("/ssdd", (ContractRequest request, AciLodging lodging, CancellationToken ct) =>
            lodging.LodgeAsync(request, RocarsEndpoint.Ssdd, ct));
        group.MapGet("/aci/{ccrn}", ([FromRoute] string ccrn, ContractRequest request, AciLodging lodging, CancellationToken ct) =>
            lodging.RecordAsync(request, ccrn, ct));
        group.MapPost("/bundles", (ContractRequest request, BundleDesk desk, CancellationToken ct) => desk.BundleAsync(request, ct));
        group.MapDelete("/bundles/{bundleRef}", ([FromRoute] string bundleRef, ContractRequest request, HttpContext http, BundleDesk desk, CancellationToken ct) =>
            desk.UnbundleAsync(request, OneHeader(http, "X-Message-Id"), bundleRef, ct));
        group.MapGet("/clearance", (ContractRequest request, HttpContext http, ClearanceQuery query, CancellationToken ct) =>
            query.InstructionAsync(request, http.Request.QueryString, ct));
    }

    // A header sent twice counts as missing.
    private static string? OneHeader(HttpContext http, string name) =>
        http.Request.Headers.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
}
