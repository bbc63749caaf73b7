namespace Strangler.Facade.ControlPlane;

/// <summary>The stages of a cut-over unit, in their forward order (ARCHITECTURE.md "Stages").</summary>
public enum Stage
{
    Legacy = 0,
    Shadow = 1,
    Canary = 2,
    Live = 3,
    Complete = 4,
}
