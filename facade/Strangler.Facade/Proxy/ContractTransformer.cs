using Strangler.Contracts.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Strangler.Facade.Proxy;

/// <summary>
/// YARP's request copy, plus the facade's own headers when the request is mirrored (the client's copies were removed
/// before forwarding, see <see cref="FacadeHeaders.StripFromClient"/>).
/// </summary>
internal sealed class ContractTransformer(string? credential, string? receivedAt) : HttpTransformer
{
    public static ContractTransformer PassThrough { get; } = new(null, null);

    public override async ValueTask TransformRequestAsync(
        HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        if (credential is not null && receivedAt is not null)
        {
            proxyRequest.Headers.TryAddWithoutValidation(ContractHeaders.Facade, credential);
            proxyRequest.Headers.TryAddWithoutValidation(ContractHeaders.ReceivedAt, receivedAt);
        }
    }
}
