namespace Strangler.Facade.Routing;

public enum RouteBasis
{
    /// <summary>Every unit the interface carries is in one unmirrored stage: no need to read the request.</summary>
    Interface,

    /// <summary>The stage of the request's transport mode.</summary>
    Stage,

    /// <summary>The issuer block of the reference the request names (a follow-up stays with its system of record).</summary>
    Issuer,

    /// <summary>The canary bucket of the request's sticky key.</summary>
    Canary,

    /// <summary>The facade could not read the mode: the legacy system answers (with the contract error) and it is counted.</summary>
    Unreadable,
}
