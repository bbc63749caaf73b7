namespace Strangler.Facade.ControlPlane;

public static class Stages
{
    public static string Name(this Stage stage) => stage switch
    {
        Stage.Legacy => "legacy",
        Stage.Shadow => "shadow",
        Stage.Canary => "canary",
        Stage.Live => "live",
        Stage.Complete => "complete",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static bool TryParse(string? name, out Stage stage)
    {
        foreach (var candidate in Enum.GetValues<Stage>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.Ordinal))
            {
                stage = candidate;
                return true;
            }
        }

        stage = default;
        return false;
    }

    /// <summary>Whether the stage sends each request to both systems.</summary>
    public static bool Mirrors(this Stage stage) => stage is Stage.Shadow or Stage.Canary or Stage.Live;
}
