using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Routing;
using Strangler.Facade.Routing.Ownership;

namespace Strangler.Facade.Feeds;

/// <summary>
/// Which system owns the document a feed entry is about, by the rules RoutePlanner applies to a request about it:
/// GETS and EMAN by the reference (unit by its mode; <c>legacy</c> → legacy, <c>complete</c> → core, otherwise the
/// block that issued it), ACCS by the air waybill (the <c>air</c> unit's stage; in canary its sticky bucket), as
/// <c>GET /accs/v1/status/{awb}</c> is routed.
/// </summary>
internal static class FeedOwnership
{
    public static Side OwnerOf(ContractInterface contractInterface, string? reference, RoutingSnapshot snapshot)
    {
        // No reference (a GETS rejection acknowledgement): the legacy system's. The new core never queues, so its
        // feed holds none of its own; the ones it serves were migrated from legacy, which serves them too.
        if (reference is null)
        {
            return Side.Legacy;
        }

        if (contractInterface == ContractInterface.Accs)
        {
            var air = snapshot[CutoverUnit.Air];
            return air.Stage switch
            {
                Stage.Legacy or Stage.Shadow => Side.Legacy,
                Stage.Live or Stage.Complete => Side.Core,
                _ => StickyBucket.Of(reference) < air.CanaryPercent ? Side.Core : Side.Legacy,
            };
        }

        if (!ReferenceNumber.TryParse(reference, out var parsed) || parsed!.Mode is not { } mode)
        {
            return Side.Legacy;
        }

        return snapshot[mode.Unit()].Stage switch
        {
            Stage.Legacy => Side.Legacy,
            Stage.Complete => Side.Core,
            _ => parsed.Issuer == IssuerBlock.Legacy ? Side.Legacy : Side.Core,
        };
    }
}
