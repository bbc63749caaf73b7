namespace Strangler.Edifact.Cuscar;

/// <summary>
/// One CUSCAR manifest of the EMAN subset (contracts/eman.md), as received: elements that a
/// business rule judges (mode, direction, dates, locations, control totals, container and document
/// numbers) are kept as their raw text, so that the rules, not the mapping, decide their fate.
/// Numbers use <see cref="DecimalMark"/>, the interchange's decimal mark.
/// </summary>
public sealed record CuscarManifest
{
    /// <summary>BGM element 2: the carrier's manifest number (an..35).</summary>
    public required string DocumentNumber { get; init; }

    public required ManifestFunction Function { get; init; }

    public required StatementType Statement { get; init; }

    /// <summary>The GIS direction code as sent: <c>IM</c> or <c>EX</c> (anything else is <c>E010</c>).</summary>
    public required string DirectionCode { get; init; }

    /// <summary>DTM+137 value, <c>CCYYMMDDHHMM</c> (not otherwise checked).</summary>
    public required string DocumentDateTime { get; init; }

    /// <summary>RFF+ABT: the EMAN ref an amendment or cancellation refers to.</summary>
    public string? EmanRef { get; init; }

    /// <summary>NAD+CA element 2: the carrier code.</summary>
    public required string CarrierCode { get; init; }

    /// <summary>NAD+CA element 5: the carrier name.</summary>
    public string? CarrierName { get; init; }

    public required Conveyance Conveyance { get; init; }

    /// <summary>LOC+9 UN/LOCODE as sent.</summary>
    public required string PlaceOfLoading { get; init; }

    /// <summary>LOC+11 UN/LOCODE as sent.</summary>
    public required string PlaceOfDischarge { get; init; }

    /// <summary>The qualifier of the second DTM: <c>132</c> arrival or <c>133</c> departure.</summary>
    public required string EventQualifier { get; init; }

    /// <summary>The arrival or departure date and time, <c>CCYYMMDDHHMM</c>, Hong Kong time.</summary>
    public required string EventDateTime { get; init; }

    /// <summary>The CNT segments; null for a cancellation, which omits them.</summary>
    public ManifestTotals? Totals { get; init; }

    public EquatableList<Equipment> Equipment { get; init; } = EquatableList<Equipment>.Empty;

    public EquatableList<Consignment> Consignments { get; init; } = EquatableList<Consignment>.Empty;

    /// <summary>The decimal mark of the interchange the manifest came in (<c>.</c> unless UNA said otherwise).</summary>
    public char DecimalMark { get; init; } = '.';

    public bool IsArrival => EventQualifier == ManifestCodes.Arrival;
}
