
namespace Strangler.Edifact.Cusdec;

/// <summary>
/// One CUSDEC declaration of the GETS subset (gets.md), as received. Values a business rule judges
/// are kept as their raw text; numbers use <see cref="DecimalMark"/>. A cancellation carries no
/// trader, conveyance, locations or items, so those are null or empty there.
/// </summary>
public sealed record Declaration
{
    /// <summary>UNH element 1.</summary>
    public required string MessageRef { get; init; }

    /// <summary>BGM element 2: the declarant's own reference.</summary>
    public required string Lrn { get; init; }

    /// <summary>BGM element 3 as sent (<c>9</c>, <c>5</c>, <c>1</c>; others are <c>E010</c>).</summary>
    public required string FunctionCode { get; init; }

    /// <summary>The form GIS code as sent (<c>1</c> … <c>2B</c>; others are <c>E010</c>).</summary>
    public required string FormCode { get; init; }

    /// <summary><c>GIS+PS:HKF</c> present (pre-shipment lodgement, new core only).</summary>
    public bool PreShipment { get; init; }

    /// <summary>DTM+137 <c>CCYYMMDD</c>.</summary>
    public required string DocumentDate { get; init; }

    /// <summary><c>132</c> import or <c>133</c> export; null in a cancellation.</summary>
    public string? DateQualifier { get; init; }

    /// <summary>The date of import or export, <c>CCYYMMDD</c>; null in a cancellation.</summary>
    public string? ImportExportDate { get; init; }

    /// <summary>RFF+ABT: the TDEC number an amendment or cancellation refers to.</summary>
    public string? TdecNumber { get; init; }

    public EquatableList<TransportDocument> TransportDocuments { get; init; } = EquatableList<TransportDocument>.Empty;

    public required DeclarationParty Declarant { get; init; }

    /// <summary>NAD+IM or NAD+EX; null in a cancellation.</summary>
    public DeclarationParty? Trader { get; init; }

    /// <summary>TDT element 3 as sent; null in a cancellation.</summary>
    public string? ModeCode { get; init; }

    public string? ConveyanceId { get; init; }

    public string? ConveyanceName { get; init; }

    /// <summary>LOC+35: country of consignment (import) or destination (export).</summary>
    public string? ConsignmentCountry { get; init; }

    /// <summary>LOC+9: port or place of loading.</summary>
    public string? LoadingPlace { get; init; }

    public EquatableList<DeclarationItem> Items { get; init; } = EquatableList<DeclarationItem>.Empty;

    /// <summary>CNT+5 as sent.</summary>
    public required string ItemCount { get; init; }

    public char DecimalMark { get; init; } = '.';

    public DeclarationFunction Function => GetsCodes.FunctionOf(FunctionCode);
}
