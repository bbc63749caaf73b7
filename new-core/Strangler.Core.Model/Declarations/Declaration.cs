using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Declarations;

/// <summary>
/// An import/export trade declaration (TDEC; WCO DM: Declaration): form, LRN, the TDEC number an
/// amendment or cancellation names, direction, dates, declarant and trader, the trip, country of
/// consignment/destination, transport document references, items and charges.
/// </summary>
public sealed record Declaration : CanonicalDocument
{
    /// <summary>Form <c>1</c>, <c>1A</c>, <c>1B</c> (import), <c>2</c>, <c>2A</c>, <c>2B</c> (export).</summary>
    public required string Form { get; init; }

    public required string Lrn { get; init; }

    public string? TdecNumber { get; init; }

    public required TradeDirection Direction { get; init; }

    /// <summary>Lodged before shipment (<c>GIS+PS:HKF</c>, new core only).</summary>
    public bool PreShipment { get; init; }

    public DateOnly? DocumentDate { get; init; }

    public DateOnly? ImportExportDate { get; init; }

    public required Party Declarant { get; init; }

    /// <summary>The importer or exporter; null in a cancellation.</summary>
    public Party? Trader { get; init; }

    public Trip? Trip { get; init; }

    /// <summary>Country of consignment (import) or destination (export).</summary>
    public string? ConsignmentCountry { get; init; }

    public EquatableList<TransportDocument> TransportDocuments { get; init; } = EquatableList<TransportDocument>.Empty;

    public EquatableList<GoodsItem> Items { get; init; } = EquatableList<GoodsItem>.Empty;

    public EquatableList<Charge> Charges { get; init; } = EquatableList<Charge>.Empty;
}
