namespace Strangler.Edifact.Cusdec;

/// <summary>
/// A NAD of the declaration: <c>DT</c> declarant, <c>IM</c> importer or <c>EX</c> exporter, with the
/// BR number (<c>E011</c>) and country (<c>E013</c>) kept as sent. Absent optional parts are null.
/// </summary>
public sealed record DeclarationParty(
    string Qualifier,
    string BrNumber,
    string Name,
    string? Street,
    string? City,
    string? PostCode,
    string Country);
