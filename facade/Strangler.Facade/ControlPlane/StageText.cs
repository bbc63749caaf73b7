using System.Globalization;

namespace Strangler.Facade.ControlPlane;

/// <summary>How the change log writes a stage setting: <c>shadow</c>, <c>canary:25</c>.</summary>
internal static class StageText
{
    public static string Write(StageSetting setting) =>
        setting.Stage == Stage.Canary
            ? string.Create(CultureInfo.InvariantCulture, $"canary:{setting.CanaryPercent}")
            : setting.Stage.Name();
}
