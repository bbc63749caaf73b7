namespace Strangler.Facade.ControlPlane;

/// <summary>A change that is not allowed from the current stage (for example anything after <c>complete</c>).</summary>
public sealed class StageRefusedException(string reason) : Exception(reason);
