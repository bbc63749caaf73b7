using Strangler.CargoImp.Waybills;

namespace Strangler.CargoImp.Fwb;

/// <summary>An <c>FWB/16</c> of the ACCS subset. Unknown lines (OSI, SSR …) are not kept: the contract ignores them.</summary>
public sealed record FwbMessage(
    AirWaybillLine Waybill,
    FwbFlight Flight,
    FwbRouting? Routing,
    FwbParty Shipper,
    FwbParty Consignee,
    ChargeDeclarations? Charges,
    string NatureOfGoods,
    EquatableList<string> HtsCodes) : CargoImpMessage
{
    public override CargoImpMessageType Type => CargoImpMessageType.Fwb;

    /// <summary>Export if the origin is HKG, import if the destination is HKG, else transit.</summary>
    public CargoClassification Classification => CargoClassifications.OfWaybill(Waybill.Origin, Waybill.Destination);
}
