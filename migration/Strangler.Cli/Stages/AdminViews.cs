namespace Strangler.Cli.Stages;

// The admin API's JSON as this command reads it (camelCase, see facade/Strangler.Facade/Admin/AdminEndpoints.cs).
// Only the fields printed for humans; --json prints the whole body as sent.

internal sealed record StagesView(long Revision, DateTimeOffset TakenAt, IReadOnlyList<UnitStageView> Units);

internal sealed record UnitStageView(string Unit, string Stage, int CanaryPercent);

internal sealed record GateReportView(string Unit, string From, string To, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, IReadOnlyList<GateCheckView> Checks, bool Passed);

internal sealed record GateCheckView(string Name, string Required, string Actual, bool Passed, bool Evaluated);

internal sealed record ChangeView(long Seq, DateTimeOffset At, string Actor, string Role, string Unit, string From, string To, string Reason, bool Override, long Revision, string Hash);

internal sealed record AppliedChangeView(long Revision, ChangeView Change, GateReportView? Gates);

internal sealed record VerificationView(bool Valid, int Entries, long? BrokenAt, string? Reason, string? HeadHash);

/// <summary>A ProblemDetails with the facade's extensions: the failed gates, or the revision the routing moved to.</summary>
internal sealed record ProblemView(string? Title, string? Detail, int? Status, GateReportView? Gates, long? CurrentRevision);
