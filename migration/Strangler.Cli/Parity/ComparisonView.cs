namespace Strangler.Cli.Parity;

/// <summary>A comparison record as <c>GET /admin/v1/comparisons</c> lists it.</summary>
internal sealed record ComparisonView(
    long Id, DateTimeOffset At, string Interface, string? Unit, string Stage, string? MessageType, string PrimarySide,
    int PrimaryStatus, double PrimaryMs, int? SecondaryStatus, double? SecondaryMs);

/// <summary>Both answers of one record (<c>GET /admin/v1/comparisons/{id}</c>).</summary>
internal sealed record ComparisonBodies(long Id, string Request, string Primary, string? Secondary);

internal sealed record StageUnitView(string Unit, string Stage, int CanaryPercent);

internal sealed record StagesListView(long Revision, IReadOnlyList<StageUnitView> Units);

internal sealed record GateCheckView(string Name, string Required, string Actual, bool Passed, bool Evaluated);

internal sealed record GateReportView(IReadOnlyList<GateCheckView> Checks);

internal sealed record ChangeView(long Seq, DateTimeOffset At, string Actor, string Unit, string From, string To, string Reason, string Hash);
