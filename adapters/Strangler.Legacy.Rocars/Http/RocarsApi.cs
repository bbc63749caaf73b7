using Strangler.Contracts.Http;
using Strangler.Contracts.Http.Requests;
using Strangler.RocarsXml;

namespace Strangler.Legacy.Rocars.Http;

/// <summary>The ROCARS endpoints of rocars.md: thin shims over <see cref="RocarsProcessor"/>; the gate has done 401/415/413.</summary>
internal static class RocarsApi
{
    public static WebApplication MapRocarsApi(this WebApplication app)
    {
        var api = app.MapGroup("/rocars/xml/v1");
        api.MapPost("/aci", (ContractRequest request, RocarsProcessor processor, CancellationToken ct) =>
            processor.SubmitAciAsync(request.Client, RocarsEndpoint.Aci, request.Body, request.ReceivedAt, request.Facade, ct));
        api.MapPost("/ssdd", (ContractRequest request, RocarsProcessor processor, CancellationToken ct) =>
            processor.SubmitAciAsync(request.Client, RocarsEndpoint.Ssdd, request.Body, request.ReceivedAt, request.Facade, ct));
        api.MapGet("/aci/{ccrn}", (string ccrn, ContractRequest request, RocarsProcessor processor, CancellationToken ct) =>
            processor.ReadAciAsync(request.Client, ccrn, request.ReceivedAt, ct));
        api.MapPost("/bundles", (ContractRequest request, RocarsProcessor processor, CancellationToken ct) =>
            processor.SubmitBundleAsync(request.Client, request.Body, request.ReceivedAt, request.Facade, ct));

        // Any ref is a known path (rocars.md): an unknown or malformed one is R034, not 404.
        api.MapDelete("/bundles/{**bundleRef}", (string? bundleRef, HttpContext context, ContractRequest request, RocarsProcessor processor, CancellationToken ct) =>
            processor.DeleteBundleAsync(request.Client, bundleRef ?? "", Single(context.Request.Headers[ContractHeaders.MessageId]), request.ReceivedAt, ct));
        api.MapGet("/clearance", (HttpContext context, ContractRequest request, RocarsProcessor processor, CancellationToken ct) =>
            processor.ReadClearanceAsync(request.Client, Single(context.Request.Query["vrn"]), Single(context.Request.Query["controlPoint"]), request.ReceivedAt, ct));
        return app;
    }

    // A repeated header or query parameter counts as missing (R001 for X-Message-Id, 404 for the clearance query).
    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 1 ? values[0] : null;
}
