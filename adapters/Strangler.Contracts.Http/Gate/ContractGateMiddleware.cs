using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Http.Queries;
using Strangler.Contracts.Http.Requests;
using Strangler.Contracts.Time;

namespace Strangler.Contracts.Http.Gate;

/// <summary>
/// The contracts' HTTP checks for every path under a gated interface prefix, in the contract's order, each with
/// an empty body: 401, 415, 413, 400 (listed query parameters; a facade header the facade sent malformed);
/// routing then answers 404 and 405. Runs after routing has chosen the endpoint, so it can read the endpoint's
/// listed query parameters. A request that passes carries a <see cref="ContractRequest"/>.
/// </summary>
internal sealed class ContractGateMiddleware(
    RequestDelegate next,
    IOptions<ContractGateOptions> gateOptions,
    IOptions<FacadeOptions> facadeOptions,
    IClientKeys clientKeys,
    TimeProvider clock)
{
    private readonly ContractGateOptions _gate = gateOptions.Value;
    private readonly string? _facadeCredential = facadeOptions.Value.Credential;

    public async Task InvokeAsync(HttpContext context)
    {
        var contractInterface = _gate.Interfaces.FirstOrDefault(i => context.Request.Path.StartsWithSegments(i.PathPrefix, StringComparison.OrdinalIgnoreCase));
        if (contractInterface is null)
        {
            await next(context);
            return;
        }

        // Empty bodies on every error answer of a contract path, whatever the host's status code pages do.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        var request = context.Request;
        var client = request.Headers[ContractHeaders.ApiKey] is { Count: 1 } key ? clientKeys.Find(key[0]) : null;
        if (client is null || !contractInterface.Admits(client))
        {
            Answer(context, StatusCodes.Status401Unauthorized);
            return;
        }

        var hasBody = ContentRules.HasBody(context);
        if (hasBody && (!ContentRules.IsAcceptedContentType(request.ContentType, contractInterface.RequestMediaType)
                        || !ContentRules.IsIdentityEncoding(request.Headers)))
        {
            Answer(context, StatusCodes.Status415UnsupportedMediaType);
            return;
        }

        var body = hasBody ? await BodyReader.ReadAsync(request, _gate.BodyLimit, context.RequestAborted) : [];
        if (body is null)
        {
            Answer(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        FacadeContext? facade = null;
        if (FacadeHeaders.IsFacade(request.Headers, _facadeCredential))
        {
            if (!FacadeHeaders.TryRead(request.Headers, out var told))
            {
                Answer(context, StatusCodes.Status400BadRequest);
                return;
            }

            facade = told;
        }

        var query = QueryValues.None;
        if (context.GetEndpoint()?.Metadata.GetMetadata<ContractQueryMetadata>() is { } listed
            && !QueryParameters.TryRead(request.QueryString, listed.Parameters, out query))
        {
            Answer(context, StatusCodes.Status400BadRequest);
            return;
        }

        var receivedAt = facade?.ReceivedAt ?? HongKongTime.ReceivedAt(clock);
        context.Features.Set(new ContractRequest(contractInterface, client, body, receivedAt, facade, query));
        await next(context);
    }

    private static void Answer(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentLength = 0;
    }
}
