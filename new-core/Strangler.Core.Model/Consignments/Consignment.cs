using Strangler.Core.Model.Parties;

namespace Strangler.Core.Model.Consignments;

/// <summary>
/// A consignment (WCO DM: Consignment): its transport document (null for an ACI whose CCRN is not
/// issued yet), consignor and consignee, origin and destination, totals (packages, gross kg, m³),
/// transhipment flag, licence numbers and goods items. A house consignment names its master
/// through <see cref="TransportDocument.MasterNumber"/>.
/// </summary>
public sealed record Consignment
{
    public TransportDocument? Document { get; init; }

    public Party? Consignor { get; init; }

    public Party? Consignee { get; init; }

    public string? PlaceOfLoading { get; init; }

    public string? PlaceOfDischarge { get; init; }

    public long? Packages { get; init; }

    /// <summary>What the packages are, in words, when the interface gives no package code (ROCARS).</summary>
    public string? PackagesDescription { get; init; }

    public decimal? GrossWeightKg { get; init; }

    public decimal? VolumeM3 { get; init; }

    public bool IsTranshipment { get; init; }

    public EquatableList<string> Licences { get; init; } = EquatableList<string>.Empty;

    public EquatableList<GoodsItem> GoodsItems { get; init; } = EquatableList<GoodsItem>.Empty;
}
