using Strangler.Contracts.CodeLists;
using Strangler.Facade.ControlPlane;

namespace Strangler.Facade.Routing;

/// <summary>
/// Where one request goes: the system that answers the client, the one that receives a mirror afterwards (if any),
/// and why. <paramref name="Basis"/> names the rule that decided (for logs, metrics and tests).
/// </summary>
public sealed record RoutePlan(
    ContractInterface Interface,
    RequestKind Kind,
    Side Primary,
    Side? Mirror,
    CutoverUnit? Unit,
    Stage Stage,
    RouteBasis Basis,
    string? MessageType);
