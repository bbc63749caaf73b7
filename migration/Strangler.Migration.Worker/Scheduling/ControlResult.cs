namespace Strangler.Migration.Worker.Scheduling;

/// <summary>What a backfill command did: applied, or refused in the unit's current state (with why), changing nothing.</summary>
public sealed record ControlResult(bool Applied, string State, string? Refusal = null)
{
    public static ControlResult Refused(string state, string why) => new(false, state, why);
}
