using Strangler.CargoImp.Waybills;

namespace Strangler.CargoImp.Ffm;

/// <summary>A point-of-unloading block: the airport, bulk air waybill lines (before any ULD), then the ULDs.</summary>
public sealed record UnloadingPoint(string Airport, EquatableList<AirWaybillLine> Bulk, EquatableList<UnitLoadDevice> Devices)
{
    /// <summary>Every air waybill line of the block, bulk first.</summary>
    public IEnumerable<AirWaybillLine> Waybills => Bulk.Concat(Devices.SelectMany(d => d.Waybills));
}
