namespace Strangler.Facade.Mirroring;

/// <summary>One mirrored request with both answers, as the parity engine reads it; <c>At</c> is the request's received-at.</summary>
public sealed record ComparisonRecord(
    long Id,
    DateTimeOffset At,
    string Interface,
    string? Unit,
    string Stage,
    string? MessageType,
    string PrimarySide,
    string Method,
    string Path,
    string RequestSha256,
    int PrimaryStatus,
    double PrimaryMs,
    int? SecondaryStatus,
    double? SecondaryMs,
    string Outcome,
    string Differences,
    int MirrorAttempts);
