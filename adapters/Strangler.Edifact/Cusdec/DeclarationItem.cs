namespace Strangler.Edifact.Cusdec;

/// <summary>
/// One CST group, values as sent so the rules judge them: item number (<c>E014</c>), HKHS code
/// (<c>E014</c>), description (<c>E015</c>), quantity (<c>E016</c>) and unit, value qualifier 38/39
/// (<c>E010</c>) and amount (<c>E016</c>) in HKD, country of origin (<c>E013</c>).
/// </summary>
public sealed record DeclarationItem(
    string ItemNumber,
    string HkhsCode,
    string Description,
    string Quantity,
    string Unit,
    string ValueQualifier,
    string Value,
    string OriginCountry);

/// <summary>RFF+BM|AWB|CCN|MRN: a transport document (not checked).</summary>
public sealed record TransportDocument(string Qualifier, string Reference);
