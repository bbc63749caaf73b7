namespace Strangler.Facade.ControlPlane;

/// <summary>
/// A cut-over unit's stage; <paramref name="CanaryPercent"/> (1–99) is the share of keys the new core answers in
/// <see cref="Stage.Canary"/>, 0 in every other stage.
/// </summary>
public sealed record StageSetting(Stage Stage, int CanaryPercent)
{
    public static StageSetting Legacy { get; } = new(Stage.Legacy, 0);

    public override string ToString() => Stage == Stage.Canary ? $"canary {CanaryPercent}%" : Stage.Name();

    /// <summary>Forward when a later stage, or a larger canary share.</summary>
    public bool IsForwardOf(StageSetting from) =>
        Stage > from.Stage || (Stage == from.Stage && Stage == Stage.Canary && CanaryPercent > from.CanaryPercent);
}
