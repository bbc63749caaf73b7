namespace Strangler.Facade.ControlPlane;

/// <summary>The control plane's revision moved on before the change could apply.</summary>
public sealed class StageConflictException(long currentRevision)
    : Exception($"The routing revision is now {currentRevision}; read the stages again and retry.")
{
    public long CurrentRevision { get; } = currentRevision;
}
