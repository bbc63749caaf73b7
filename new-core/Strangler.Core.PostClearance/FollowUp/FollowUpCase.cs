namespace Strangler.Core.PostClearance.FollowUp;

/// <summary>
/// A follow-up case as the admin API shows it: the consignment's transport document and where it was manifested, its
/// date of import/export, who to follow up with, when the case opened, the days past the 14-day limit (to today while
/// open, to the closing declaration once closed), and the TDEC that closed it.
/// </summary>
public sealed record FollowUpCase(
    long Id,
    string Status,
    string TransportDocument,
    string Kind,
    string ManifestedIn,
    string? Mode,
    string Direction,
    DateOnly ImportExportDate,
    string? Carrier,
    string ClientKey,
    DateTimeOffset OpenedAt,
    int DaysOverdue,
    DateTimeOffset? ClosedAt,
    string? ClosedBy);
