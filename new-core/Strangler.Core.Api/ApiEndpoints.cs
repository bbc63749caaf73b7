using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Strangler.Contracts.Clients;
using Strangler.Core.Api.Access;
using Strangler.Core.Api.Declarations;
using Strangler.Core.Api.Idempotency;
using Strangler.Core.Api.Listing;
using Strangler.Core.Api.Reading;
using Strangler.Core.Api.Road;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;

namespace Strangler.Core.Api;

/// <summary>The /api/v1 routes: declarations, road lodgements, read-only manifests, air waybills and bundles, the document list.</summary>
internal static class ApiEndpoints
{
    public static void MapJsonApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiCaller>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var declarations = api.MapGroup("/declarations").WithTags("Declarations");
        Write<DeclarationRequest, DeclarationAnswer>(declarations.MapPost("", (HttpContext http, DeclarationLodging lodging, IdempotentWrites writes, CancellationToken ct) =>
            WriteAsync<DeclarationRequest>(http, ClientRole.GetsDeclarant, writes, (c, r, t) => lodging.SubmitAsync(c, r!, t), ct)), StatusCodes.Status201Created);
        foreach (var amend in new[] { declarations.MapPut("/{tdecNumber}", AmendDeclaration), declarations.MapPost("/{tdecNumber}/amend", AmendDeclaration) })
        {
            Write<DeclarationRequest, DeclarationAnswer>(amend, StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
        }

        foreach (var cancel in new[] { declarations.MapDelete("/{tdecNumber}", CancelDeclaration), declarations.MapPost("/{tdecNumber}/cancel", CancelDeclaration) })
        {
            Write<object, DeclarationAnswer>(cancel, StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
        }

        Read<DeclarationAnswer>(declarations.MapGet("/{tdecNumber}", (string tdecNumber, HttpContext http, DeclarationLodging lodging, CancellationToken ct) =>
            Answer(lodging.GetAsync(ApiCaller.Of(http), tdecNumber, statusOnly: false, ct))));
        Read<DeclarationStatusAnswer>(declarations.MapGet("/{tdecNumber}/status", (string tdecNumber, HttpContext http, DeclarationLodging lodging, CancellationToken ct) =>
            Answer(lodging.GetAsync(ApiCaller.Of(http), tdecNumber, statusOnly: true, ct))));

        var road = api.MapGroup("/road-lodgements").WithTags("Road lodgements");
        Write<AciRequest, AciAnswer>(road.MapPost("", (HttpContext http, AciLodging lodging, IdempotentWrites writes, CancellationToken ct) =>
            WriteAsync<AciRequest>(http, ClientRole.RocarsShipper, writes, (c, r, t) => lodging.SubmitAsync(c, r!, t), ct)), StatusCodes.Status201Created);
        Write<AciRequest, AciAnswer>(road.MapPost("/{ccrn}/amend", (string ccrn, HttpContext http, AciLodging lodging, IdempotentWrites writes, CancellationToken ct) =>
            WriteAsync<AciRequest>(http, ClientRole.RocarsShipper, writes, (c, r, t) => lodging.AmendAsync(c, ccrn, r!, t), ct)), StatusCodes.Status200OK);
        Write<object, AciAnswer>(road.MapPost("/{ccrn}/cancel", (string ccrn, HttpContext http, AciLodging lodging, IdempotentWrites writes, CancellationToken ct) =>
            WriteAsync<object>(http, ClientRole.RocarsShipper, writes, (c, _, t) => lodging.CancelAsync(c, ccrn, t), ct, bodyless: true)), StatusCodes.Status200OK);
        Read<AciAnswer>(road.MapGet("/{ccrn}", (string ccrn, HttpContext http, AciLodging lodging, CancellationToken ct) =>
            Answer(lodging.GetAsync(ApiCaller.Of(http), ccrn, ct))));

        Read<DocumentAnswer<Manifest>>(api.MapGet("/manifests/{emanRef}", (string emanRef, HttpContext http, DocumentReads reads, CancellationToken ct) =>
            Answer(reads.ManifestAsync(ApiCaller.Of(http), emanRef, ct))).WithTags("Read-only documents"));
        Read<DocumentAnswer<AirWaybillStatus>>(api.MapGet("/air-waybills/{airWaybill}", (string airWaybill, HttpContext http, DocumentReads reads, CancellationToken ct) =>
            Answer(reads.AirWaybillAsync(ApiCaller.Of(http), airWaybill, ct))).WithTags("Read-only documents"));
        Read<DocumentAnswer<Bundle>>(api.MapGet("/bundles/{bundleRef}", (string bundleRef, HttpContext http, DocumentReads reads, CancellationToken ct) =>
            Answer(reads.BundleAsync(ApiCaller.Of(http), bundleRef, ct))).WithTags("Read-only documents"));

        api.MapGet("/documents", (string? kind, string? cursor, string? limit, HttpContext http, DocumentList list, CancellationToken ct) =>
                Answer(list.PageAsync(ApiCaller.Of(http), kind, cursor, limit, ct)))
            .WithTags("Documents").Produces<DocumentPage>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static Task<IResult> AmendDeclaration(
        string tdecNumber, HttpContext http, DeclarationLodging lodging, IdempotentWrites writes, CancellationToken ct) =>
        WriteAsync<DeclarationRequest>(http, ClientRole.GetsDeclarant, writes, (c, r, t) => lodging.AmendAsync(c, tdecNumber, r!, t), ct);

    private static Task<IResult> CancelDeclaration(
        string tdecNumber, HttpContext http, DeclarationLodging lodging, IdempotentWrites writes, CancellationToken ct) =>
        WriteAsync<object>(http, ClientRole.GetsDeclarant, writes, (c, _, t) => lodging.CancelAsync(c, tdecNumber, t), ct, bodyless: true);

    // Role, then body, then the idempotent write: a refused or unreadable request is answered without being recorded.
    private static async Task<IResult> WriteAsync<TRequest>(
        HttpContext http, ClientRole role, IdempotentWrites writes, Func<ClientAuthority, TRequest?, CancellationToken, Task<ApiAnswer>> write,
        CancellationToken ct, bool bodyless = false)
        where TRequest : class
    {
        var client = ApiCaller.Of(http);
        if (!client.Has(role))
        {
            return ApiProblems.Forbidden("use this operation").ToResult();
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var body = buffer.ToArray();
        TRequest? request = null;
        if (!bodyless && (request = ApiJson.TryRead<TRequest>(body)) is null)
        {
            return ApiProblems.BadRequest("The body is not a JSON document of this operation's shape.").ToResult();
        }

        return (await writes.RunAsync(http, client, body, t => write(client, request, t), ct)).ToResult();
    }

    private static async Task<IResult> Answer(Task<ApiAnswer> answer) => (await answer).ToResult();

    private static RouteHandlerBuilder Write<TRequest, TAnswer>(RouteHandlerBuilder route, int success)
        where TRequest : notnull
    {
        if (typeof(TRequest) != typeof(object))
        {
            route.Accepts<TRequest>("application/json");
        }

        return route.Produces<TAnswer>(success)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static RouteHandlerBuilder Read<TAnswer>(RouteHandlerBuilder route) =>
        route.Produces<TAnswer>().ProducesProblem(StatusCodes.Status404NotFound);
}
