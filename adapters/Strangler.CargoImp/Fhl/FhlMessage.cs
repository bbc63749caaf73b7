using Strangler.CargoImp.Waybills;

namespace Strangler.CargoImp.Fhl;

/// <summary>An <c>FHL/5</c>: the master air waybill line (<c>MBI/</c>, <c>T</c> only) and its houses.</summary>
public sealed record FhlMessage(AirWaybillLine Master, EquatableList<HouseWaybill> Houses) : CargoImpMessage
{
    /// <summary>The largest difference between the house weights' sum and the master weight that still matches (A013).</summary>
    public const decimal WeightTolerance = 0.1m;

    public override CargoImpMessageType Type => CargoImpMessageType.Fhl;

    public int HousePieces => Houses.Sum(h => h.Pieces);

    public decimal HouseWeight => Houses.Sum(h => h.Weight);

    /// <summary>The house pieces add up to the master's and the weights within <see cref="WeightTolerance"/>.</summary>
    public bool TotalsMatchMaster =>
        HousePieces == Master.Pieces && Math.Abs(HouseWeight - Master.Weight) <= WeightTolerance;
}
