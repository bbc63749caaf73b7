using Strangler.Facade.ControlPlane;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Routing;
using Yarp.ReverseProxy.Forwarder;

namespace Strangler.Facade.Feeds;

/// <summary>
/// Feeds (GETS acknowledgements, EMAN notices, ACCS statuses) while a unit of the interface is mirrored.
/// </summary>
internal sealed class FeedMerge(IHttpForwarder forwarder, BackendEndpoints backends)
{
    public async Task ServeAsync(HttpContext context, ContractInterface contractInterface, RequestFacts request, RoutingSnapshot snapshot)
    {
        // Interim: legacy keeps serving the feed until the merged feed lands.
        _ = request;
        _ = snapshot;
        await forwarder.SendAsync(context, backends.UrlOf(Side.Legacy, contractInterface), backends.Primary);
    }
}
