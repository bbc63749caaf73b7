namespace Strangler.Cli.Stages;

// GET /admin/v1/status as this command reads it.

internal sealed record StatusView(long Revision, IReadOnlyList<UnitStatusView> Units, MirrorStatusView Mirror, long ModeUnreadable, long ClientFacadeHeadersDropped);

internal sealed record UnitStatusView(string Unit, string Stage, int CanaryPercent, ComparisonCountsView Last24h, double ParityRate, double CoreErrorRate, double LegacyErrorRate);

internal sealed record ComparisonCountsView(long Total, long Equal, long Different, long SecondaryFailed, long LegacyErrors, long CoreErrors);

internal sealed record MirrorStatusView(long QueueDepth, long Overflow, long OutboxPending, long OutboxMostAttempts, DateTimeOffset? OutboxOldestPending);
