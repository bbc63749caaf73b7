namespace Strangler.Core.Api.Declarations;

/// <summary>
/// A declaration (TDEC) to submit or, as a whole, to replace the current version with. Fields follow gets.md: form
/// <c>1 1A 1B 2 2A 2B</c>, LRN an..35, dates, declarant and importer/exporter by BR number, mode code <c>1 2 3 4 8</c>,
/// conveyance, countries, items. <see cref="Reuse"/> names a document already on the platform whose parties, goods and
/// transport the declaration inherits; fields given here win.
/// </summary>
public sealed record DeclarationRequest
{
    public string? Form { get; init; }

    public string? Lrn { get; init; }

    /// <summary>Lodged before shipment: the date of import/export may be after the date of receipt.</summary>
    public bool PreShipment { get; init; }

    public DateOnly? DocumentDate { get; init; }

    public DateOnly? ImportExportDate { get; init; }

    public DeclarationParty? Declarant { get; init; }

    /// <summary>The importer (forms 1x) or exporter (forms 2x).</summary>
    public DeclarationParty? Trader { get; init; }

    /// <summary>UN/ECE Rec 19 mode code as in TDT: <c>1</c>, <c>2</c>, <c>3</c>, <c>4</c> or <c>8</c>.</summary>
    public string? ModeCode { get; init; }

    public string? ConveyanceId { get; init; }

    public string? ConveyanceName { get; init; }

    /// <summary>Country of consignment (import) or destination (export).</summary>
    public string? ConsignmentCountry { get; init; }

    /// <summary>UN/LOCODE of the port or place of loading.</summary>
    public string? LoadingPlace { get; init; }

    public IReadOnlyList<DeclarationItemRequest>? Items { get; init; }

    public DataReuseRequest? Reuse { get; init; }
}

/// <summary>A party of a declaration: BR number (8 digits), name, address and ISO country.</summary>
public sealed record DeclarationParty(string? BrNumber, string? Name, string? Street, string? City, string? PostCode, string? Country);

/// <summary>
/// One item: HKHS code (8 digits), description, quantity (up to 3 decimals) and unit (<c>KGM PCE LTR MTR DZN PR</c>),
/// value in HKD (CIF for imports, FOB for exports, up to 2 decimals), country of origin. Numbered by position.
/// </summary>
public sealed record DeclarationItemRequest(
    string? HkhsCode, string? Description, decimal? Quantity, string? Unit, decimal? ValueHkd, string? OriginCountry);

/// <summary>
/// A document already on the platform to inherit from: an EMAN ref with a bill of lading number, an air waybill number
/// (<c>160-12345675</c>), or a CCRN. Exactly one.
/// </summary>
public sealed record DataReuseRequest(string? EmanRef, string? BillOfLading, string? AirWaybill, string? Ccrn);
