namespace Strangler.Parity.Reports;

/// <summary>
/// The newest entry of the cut-over change log when the report was made (its sequence number and entry hash). The
/// report's manifest records it, so the report chain and the change log's own hash chain are linked: a change-log
/// entry altered or removed afterwards no longer matches the reports made after it.
/// </summary>
public sealed record ChangeLogHead(long Seq, string Hash);
