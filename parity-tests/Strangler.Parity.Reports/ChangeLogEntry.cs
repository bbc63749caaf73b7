namespace Strangler.Parity.Reports;

/// <summary>One stage change of the unit as the cut-over change log recorded it, with that log's own entry hash.</summary>
public sealed record ChangeLogEntry(long Seq, DateTimeOffset At, string Actor, string From, string To, string Reason, string Hash);
