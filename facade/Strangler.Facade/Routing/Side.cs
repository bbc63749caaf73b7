namespace Strangler.Facade.Routing;

/// <summary>The two systems behind the facade.</summary>
public enum Side
{
    Legacy,
    Core,
}
