namespace Strangler.Core.PostClearance.Matching;

/// <summary>
/// A consignment as the match index keeps it: the stored document that manifests it (EMAN ref, ACCS receipt, CCRN),
/// its transport document, the date of import/export (Hong Kong) when known, and who to follow up with.
/// </summary>
internal sealed record ManifestedConsignment(
    string Reference,
    string DocKey,
    string DocNumber,
    string Kind,
    string? MasterKey,
    string SourceKey,
    string? Mode,
    string Direction,
    DateOnly? EventDate,
    bool Transhipment,
    string? Licences,
    string? Carrier,
    string ClientKey);
