using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Routing.Ownership;

namespace Strangler.Facade.Routing;

/// <summary>
/// Decides where a contract request goes from the routing snapshot and what the request names. The rules, and the
/// reasons for them, are in facade/README.md "Routing"; each branch below says which rule it is.
/// </summary>
public static class RoutePlanner
{
    private static readonly CutoverUnit[] GetsUnits = [CutoverUnit.Road, CutoverUnit.Air, CutoverUnit.Sea, CutoverUnit.River, CutoverUnit.Rail];
    private static readonly CutoverUnit[] EmanUnits = [CutoverUnit.Air, CutoverUnit.Sea, CutoverUnit.River, CutoverUnit.Rail];
    private static readonly CutoverUnit[] RocarsUnits = [CutoverUnit.Road];
    private static readonly CutoverUnit[] AccsUnits = [CutoverUnit.Air];

    /// <summary>The cut-over units an interface carries.</summary>
    public static IReadOnlyList<CutoverUnit> UnitsOf(ContractInterface contractInterface) => contractInterface switch
    {
        ContractInterface.Gets => GetsUnits,
        ContractInterface.Eman => EmanUnits,
        ContractInterface.Rocars => RocarsUnits,
        ContractInterface.Accs => AccsUnits,
        _ => throw new ArgumentOutOfRangeException(nameof(contractInterface)),
    };

    /// <summary>
    /// The one system every request of the interface goes to, unmirrored, when all its units are in <c>legacy</c>
    /// (the legacy system) or all in <c>complete</c> (the new core); null when the request must be read to route it.
    /// </summary>
    public static Side? UniformSide(ContractInterface contractInterface, RoutingSnapshot snapshot)
    {
        var units = UnitsOf(contractInterface);
        if (units.All(u => snapshot[u].Stage == Stage.Legacy))
        {
            return Side.Legacy;
        }

        return units.All(u => snapshot[u].Stage == Stage.Complete) ? Side.Core : null;
    }

    /// <summary>Plans a request that needs reading (see <see cref="UniformSide"/> for the ones that do not).</summary>
    public static RoutePlan Plan(ContractInterface contractInterface, RequestFacts request, RoutingSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(snapshot);
        var segments = PathSegments(request.Path);
        return contractInterface switch
        {
            ContractInterface.Gets => PlanEdifact(contractInterface, "declarations", "acknowledgements", request, segments, snapshot),
            ContractInterface.Eman => PlanEdifact(contractInterface, "manifests", "notices", request, segments, snapshot),
            ContractInterface.Rocars => PlanRocars(request, segments, snapshot),
            ContractInterface.Accs => PlanAccs(request, segments, snapshot),
            _ => throw new ArgumentOutOfRangeException(nameof(contractInterface)),
        };
    }

    private static RoutePlan PlanEdifact(
        ContractInterface contractInterface, string documents, string feed, RequestFacts request, string[] segments, RoutingSnapshot snapshot)
    {
        // /gets/v1/messages, /gets/v1/declarations/{tdecNo}, /gets/v1/acknowledgements (EMAN: manifests, notices).
        var messageType = contractInterface == ContractInterface.Gets ? "CUSDEC" : "CUSCAR";
        if (request.IsPost && segments.Length == 3 && Is(segments[2], contractInterface == ContractInterface.Gets ? "messages" : "manifests"))
        {
            var facts = request.Edifact;
            var first = facts?.Messages.FirstOrDefault();
            if (first?.EffectiveMode is not { } mode)
            {
                return Unreadable(contractInterface, messageType);
            }

            var plan = first.Names is { } named && named.Kind is ReferenceKind.TdecNumber or ReferenceKind.EmanRef
                ? ByIssuer(contractInterface, RequestKind.Write, named, mode.Unit(), snapshot, messageType)
                : ByStage(contractInterface, RequestKind.Write, mode.Unit(), request.ApiKey + "|" + facts!.InterchangeRef, snapshot, messageType);

            // Mixed modes: the first message's stage answers the whole interchange (README "Mixed-mode interchanges");
            // the other system receives it too unless every message's unit is unmirrored on the same side.
            var stages = facts!.Messages.Where(m => m.EffectiveMode is not null).Select(m => snapshot[m.EffectiveMode!.Value.Unit()].Stage).ToList();
            if (plan.Mirror is null && !stages.All(s => s == plan.Stage))
            {
                plan = plan with { Mirror = plan.Primary.Other() };
            }

            return plan;
        }

        if (request.IsGet && segments.Length == 4 && Is(segments[2], documents))
        {
            return ReferenceNumber.TryParse(segments[3], out var reference) && reference!.Mode is { } mode
                ? ByIssuer(contractInterface, RequestKind.Read, reference, mode.Unit(), snapshot, "GET " + documents)
                : Fallback(contractInterface, RequestKind.Read, snapshot, "GET " + documents);
        }

        if (request.IsGet && segments.Length == 3 && Is(segments[2], feed))
        {
            return FeedPlan(contractInterface, snapshot, "GET " + feed);
        }

        return Fallback(contractInterface, request.IsGet ? RequestKind.Read : RequestKind.Write, snapshot, null);
    }

    private static RoutePlan PlanRocars(RequestFacts request, string[] segments, RoutingSnapshot snapshot)
    {
        // /rocars/xml/v1/{aci|ssdd|bundles|clearance}[/{ref}]
        const ContractInterface rocars = ContractInterface.Rocars;
        var resource = segments.Length >= 4 ? segments[3] : "";
        var tail = segments.Length == 5 ? segments[4] : null;
        if (request.IsPost && segments.Length == 4 && (Is(resource, "aci") || Is(resource, "ssdd")))
        {
            var facts = request.Rocars;
            if (facts?.NamedCcrn is { } named && ReferenceNumber.TryParse(named, out var ccrn))
            {
                return ByIssuer(rocars, RequestKind.Write, ccrn!, CutoverUnit.Road, snapshot, "AciSubmission");
            }

            return ByStage(rocars, RequestKind.Write, CutoverUnit.Road, request.ApiKey + "|" + facts?.MessageId, snapshot, "AciSubmission");
        }

        if (request.IsGet && tail is not null && Is(resource, "aci"))
        {
            return ReferenceNumber.TryParse(tail, out var ccrn) && ccrn!.Kind == ReferenceKind.Ccrn
                ? ByIssuer(rocars, RequestKind.Read, ccrn, CutoverUnit.Road, snapshot, "GET aci")
                : ByStage(rocars, RequestKind.Read, CutoverUnit.Road, request.ApiKey, snapshot, "GET aci");
        }

        if (request.IsPost && segments.Length == 4 && Is(resource, "bundles"))
        {
            // A bundle and the clearance queries about it stay together by the vehicle.
            return ByStage(rocars, RequestKind.Write, CutoverUnit.Road, request.Rocars?.Vrn ?? request.ApiKey, snapshot, "BundleSubmission");
        }

        if (request.IsDelete && tail is not null && Is(resource, "bundles"))
        {
            return ReferenceNumber.TryParse(tail, out var bundle) && bundle!.Kind == ReferenceKind.BundleRef
                ? ByIssuer(rocars, RequestKind.Write, bundle, CutoverUnit.Road, snapshot, "DELETE bundle")
                : ByStage(rocars, RequestKind.Write, CutoverUnit.Road, request.ApiKey, snapshot, "DELETE bundle");
        }

        if (request.IsGet && segments.Length == 4 && Is(resource, "clearance"))
        {
            return ByStage(rocars, RequestKind.Read, CutoverUnit.Road, request.Query("vrn") ?? request.ApiKey, snapshot, "GET clearance");
        }

        return Fallback(rocars, request.IsGet ? RequestKind.Read : RequestKind.Write, snapshot, null);
    }

    private static RoutePlan PlanAccs(RequestFacts request, string[] segments, RoutingSnapshot snapshot)
    {
        // /accs/v1/messages, /accs/v1/status/{awb}, /accs/v1/status?after=
        const ContractInterface accs = ContractInterface.Accs;
        if (request.IsPost && segments.Length == 3 && Is(segments[2], "messages"))
        {
            var facts = request.Accs;
            return ByStage(accs, RequestKind.Write, CutoverUnit.Air, facts?.Waybills.FirstOrDefault() ?? request.ApiKey, snapshot,
                facts?.MessageType.ToString() ?? "Cargo-IMP");
        }

        if (request.IsGet && segments.Length == 4 && Is(segments[2], "status"))
        {
            // An air waybill is the client's number, not an issued one: its side is its canary bucket.
            return ByStage(accs, RequestKind.Read, CutoverUnit.Air, segments[3], snapshot, "GET status");
        }

        if (request.IsGet && segments.Length == 3 && Is(segments[2], "status"))
        {
            return FeedPlan(accs, snapshot, "GET status feed");
        }

        return Fallback(accs, request.IsGet ? RequestKind.Read : RequestKind.Write, snapshot, null);
    }

    /// <summary>By the unit's stage; in canary by the sticky key's bucket.</summary>
    private static RoutePlan ByStage(
        ContractInterface contractInterface, RequestKind kind, CutoverUnit unit, string? stickyKey, RoutingSnapshot snapshot, string? messageType)
    {
        var setting = snapshot[unit];
        var (primary, basis) = setting.Stage switch
        {
            Stage.Legacy or Stage.Shadow => (Side.Legacy, RouteBasis.Stage),
            Stage.Live or Stage.Complete => (Side.Core, RouteBasis.Stage),
            _ => (stickyKey is not null && StickyBucket.Of(stickyKey) < setting.CanaryPercent ? Side.Core : Side.Legacy, RouteBasis.Canary),
        };
        return new RoutePlan(contractInterface, kind, primary, setting.Stage.Mirrors() ? primary.Other() : null, unit, setting.Stage, basis, messageType);
    }

    /// <summary>A follow-up about a document stays with the system that issued its number while both systems run.</summary>
    private static RoutePlan ByIssuer(
        ContractInterface contractInterface, RequestKind kind, ReferenceNumber reference, CutoverUnit unit, RoutingSnapshot snapshot, string? messageType)
    {
        var stage = snapshot[unit].Stage;
        if (!stage.Mirrors())
        {
            return ByStage(contractInterface, kind, unit, null, snapshot, messageType);
        }

        var primary = reference.Issuer == IssuerBlock.Legacy ? Side.Legacy : Side.Core;
        return new RoutePlan(contractInterface, kind, primary, primary.Other(), unit, stage, RouteBasis.Issuer, messageType);
    }

    /// <summary>Feeds merge both systems' entries (see FeedMerge); the plan names the side to ask when only one is needed.</summary>
    private static RoutePlan FeedPlan(ContractInterface contractInterface, RoutingSnapshot snapshot, string messageType)
    {
        var uniform = UniformSide(contractInterface, snapshot);
        return new RoutePlan(contractInterface, RequestKind.Feed, uniform ?? Side.Legacy, uniform is null ? Side.Core : null, null,
            uniform == Side.Core ? Stage.Complete : uniform == Side.Legacy ? Stage.Legacy : Stage.Shadow, RouteBasis.Stage, messageType);
    }

    /// <summary>A path no endpoint has (404/405 from the system of record): legacy while any unit still uses it.</summary>
    private static RoutePlan Fallback(ContractInterface contractInterface, RequestKind kind, RoutingSnapshot snapshot, string? messageType)
    {
        var side = UniformSide(contractInterface, snapshot) ?? Side.Legacy;
        return new RoutePlan(contractInterface, kind, side, null, null, side == Side.Core ? Stage.Complete : Stage.Legacy, RouteBasis.Interface, messageType);
    }

    private static RoutePlan Unreadable(ContractInterface contractInterface, string messageType) =>
        new(contractInterface, RequestKind.Write, Side.Legacy, null, null, Stage.Legacy, RouteBasis.Unreadable, messageType);

    private static bool Is(string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static string[] PathSegments(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
}
