namespace Strangler.Migration.Worker.Progress;

/// <summary>A unit's backfill plan: its state, its Hong Kong days, and when the state last changed (UTC).</summary>
public sealed record UnitPlan(string State, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset StateChangedAt);
