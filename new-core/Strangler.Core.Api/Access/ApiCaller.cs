using Microsoft.AspNetCore.Http;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Clients;

namespace Strangler.Core.Api.Access;

/// <summary>
/// Authenticates every /api/v1 call by <c>X-Api-Key</c> against the contracts' client keys: an unknown or missing key is
/// a 401 ProblemDetails; the key's authority is then available to the handler.
/// </summary>
internal sealed class ApiCaller(IClientKeys keys) : IEndpointFilter
{
    public const string ApiKeyHeader = "X-Api-Key";

    private static readonly object ItemKey = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var client = http.Request.Headers[ApiKeyHeader] is { Count: 1 } key ? keys.Find(key[0]) : null;
        if (client is null)
        {
            return ApiProblems.Unauthorized().ToResult();
        }

        http.Items[ItemKey] = client;
        return await next(context);
    }

    /// <summary>The authenticated caller of a request that passed the filter.</summary>
    public static ClientAuthority Of(HttpContext context) =>
        context.Items[ItemKey] as ClientAuthority ?? throw new InvalidOperationException("The API key filter did not run.");
}
