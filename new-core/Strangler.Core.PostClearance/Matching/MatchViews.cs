namespace Strangler.Core.PostClearance.Matching;

/// <summary>A manifested consignment as the admin API shows it, with the licences the manifest gives for it.</summary>
public sealed record ConsignmentMatch(
    string ManifestedIn,
    string TransportDocument,
    string Kind,
    string? Mode,
    string Direction,
    DateOnly? ImportExportDate,
    IReadOnlyList<string> Licences,
    string? Carrier,
    string ClientKey);

/// <summary>A declaration's naming of a transport document (or EMAN ref) as the admin API shows it.</summary>
public sealed record DeclarationMatch(string Tdec, string Kind, string TransportDocument, DateTimeOffset ReceivedAt, string ClientKey);

/// <summary>What the platform knows for one document reference: the consignments it matches and the declarations naming them.</summary>
public sealed record DocumentMatches(string Reference, IReadOnlyList<ConsignmentMatch> Consignments, IReadOnlyList<DeclarationMatch> Declarations);

/// <summary>A declaration naming documents that no stored manifest, cargo report or ACI carries.</summary>
public sealed record UnmatchedDeclaration(string Tdec, DateTimeOffset ReceivedAt, string ClientKey, IReadOnlyList<DeclarationMatch> Unmatched);
