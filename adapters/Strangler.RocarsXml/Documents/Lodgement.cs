namespace Strangler.RocarsXml.Documents;

/// <summary>A party of an ACI: the lodging shipper (may be a forwarder), the consignor or the consignee.</summary>
public sealed record Party(string Name, string Address);

/// <summary>The packages of an ACI: a positive count and a description.</summary>
public sealed record Packages(long Count, string Description);

/// <summary>One article of an ACI; the optional figures are null when not sent.</summary>
public sealed record Article(string Description, string? HsCode = null, decimal? GrossWeightKg = null, decimal? ValueHkd = null);

/// <summary>
/// The cargo content of an ORIGINAL or AMEND lodgement (everything after Source), also what an
/// AciRecord shows of the current version. ControlPoint is kept as sent so that an unknown one can
/// be reported as R011.
/// </summary>
public sealed record Lodgement(
    CrossingDirection Direction,
    string ControlPoint,
    DateTimeOffset ExpectedCrossing,
    Party Shipper,
    Party Consignor,
    Party Consignee,
    Packages Packages,
    EquatableList<Article> Articles);
