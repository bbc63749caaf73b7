namespace Strangler.Facade.Routing;

/// <summary>The four legacy interfaces the facade fronts; the first path segment names one.</summary>
public enum ContractInterface
{
    Gets,
    Eman,
    Rocars,
    Accs,
}
