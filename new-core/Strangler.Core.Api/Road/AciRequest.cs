namespace Strangler.Core.Api.Road;

/// <summary>
/// A ROCARS advance cargo information lodgement (or, as a whole, an amendment), fields as in rocars.md:
/// direction <c>IMPORT</c>/<c>EXPORT</c>, control point, expected crossing with offset, shipper, consignor, consignee,
/// packages, 1 to 99 articles.
/// </summary>
public sealed record AciRequest
{
    public string? Direction { get; init; }

    public string? ControlPoint { get; init; }

    /// <summary>ISO 8601 date-time with offset, e.g. <c>2026-11-26T14:00:00+08:00</c>.</summary>
    public string? ExpectedCrossing { get; init; }

    public AciParty? Shipper { get; init; }

    public AciParty? Consignor { get; init; }

    public AciParty? Consignee { get; init; }

    public AciPackages? Packages { get; init; }

    public IReadOnlyList<AciArticle>? Articles { get; init; }
}

/// <summary>A party of an ACI: name and address, each up to 70 characters.</summary>
public sealed record AciParty(string? Name, string? Address);

/// <summary>The packages: a positive count and a description (up to 35 characters).</summary>
public sealed record AciPackages(long? Count, string? Description);

/// <summary>An article: description, optional 8-digit HS code, gross weight (kg, 3 decimals) and value (HKD, 2 decimals).</summary>
public sealed record AciArticle(string? Description, string? HsCode, decimal? GrossWeightKg, decimal? ValueHkd);

/// <summary>A road lodgement as the API shows it: CCRN, status (<c>Lodged</c>, <c>Cancelled</c>), version, received-at, source, content.</summary>
public sealed record AciAnswer(
    string Ccrn, string Status, int Version, DateTimeOffset ReceivedAt, string Source, Model.Road.RoadLodgement Lodgement);
