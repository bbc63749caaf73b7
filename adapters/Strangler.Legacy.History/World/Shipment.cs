using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.Parties;

namespace Strangler.Legacy.History.World;

/// <summary>
/// One consignment of the history: who trades it, what it is, when it crosses, arrives or departs,
/// on which trip or truck, and its transport document. The references the stand-ins issue for it
/// (CCRN, TDEC number) are remembered here as the answers come back, for the documents that follow.
/// </summary>
public sealed class Shipment
{
    public required long Number { get; init; }

    public required CutoverUnit Unit { get; init; }

    public required bool IsImport { get; init; }

    public required Trader Trader { get; init; }

    public required Counterpart Counterpart { get; init; }

    /// <summary>Crossing (road), arrival (import) or departure (export) in Hong Kong.</summary>
    public required DateTimeOffset EventAt { get; init; }

    public required IReadOnlyList<GoodsLine> Goods { get; init; }

    /// <summary>B/L, air waybill or rail consignment note number; null for road.</summary>
    public string? TransportDocument { get; init; }

    /// <summary>The declarant's own reference of its GETS declaration.</summary>
    public required string Lrn { get; init; }

    /// <summary>The GETS form (1, 1A, 1B, 2, 2A, 2B).</summary>
    public required string GetsForm { get; init; }

    public Trip? Trip { get; init; }

    public Truck? Truck { get; set; }

    /// <summary>Road: the key lodging the ACI (a shipper, or the Mainland single window for SSDD).</summary>
    public string? AciKey { get; init; }

    /// <summary>Road: containers it is loaded in; sea, river, rail: the containers it fills.</summary>
    public IReadOnlyList<string> Containers { get; init; } = [];

    /// <summary>Air: house waybills when consolidated (sent in an FHL).</summary>
    public IReadOnlyList<HouseShipment> Houses { get; init; } = [];

    public string? Ccrn { get; set; }

    public bool AciCancelled { get; set; }

    public string? TdecNumber { get; set; }

    public bool FwbAccepted { get; set; }

    public int Packages => Goods.Sum(g => g.Packages);

    public decimal GrossKg => Goods.Sum(g => g.GrossKg);

    public decimal VolumeM3 => Goods.Sum(g => g.VolumeM3);

    public decimal ValueHkd => Goods.Sum(g => g.ValueHkd);
}

/// <summary>A house waybill of a consolidated air shipment: number, pieces, weight and nature of goods.</summary>
public sealed record HouseShipment(string Number, int Pieces, decimal GrossKg, string Nature, string? Description, string? Hts);
