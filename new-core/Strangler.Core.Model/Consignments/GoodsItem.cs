namespace Strangler.Core.Model.Consignments;

/// <summary>
/// A goods item (WCO DM: GovernmentAgencyGoodsItem / ConsignmentItem): sequence, description, HS
/// code, packages and package code, quantity, gross weight (kg), volume (m³), value (HKD), origin
/// country, marks and where its packages sit. Figures are null when the interface did not give them.
/// </summary>
public sealed record GoodsItem
{
    public required int Sequence { get; init; }

    public required string Description { get; init; }

    /// <summary>HS code as given: 6 digits (EMAN), 8-digit HKHS (GETS, ROCARS) or a Cargo-IMP HTS code.</summary>
    public string? HsCode { get; init; }

    public long? Packages { get; init; }

    /// <summary>UN/ECE Rec 21 package code (<c>CT</c>), or a ROCARS package description.</summary>
    public string? PackageCode { get; init; }

    public Quantity? Quantity { get; init; }

    public decimal? GrossWeightKg { get; init; }

    public decimal? VolumeM3 { get; init; }

    public decimal? ValueHkd { get; init; }

    public string? OriginCountry { get; init; }

    public string? Marks { get; init; }

    public EquatableList<GoodsPlacement> Placements { get; init; } = EquatableList<GoodsPlacement>.Empty;
}
