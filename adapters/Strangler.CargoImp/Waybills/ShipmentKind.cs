namespace Strangler.CargoImp.Waybills;

/// <summary>How much of an air waybill's shipment a line covers: <c>T</c>, <c>P</c> or <c>S</c>.</summary>
public enum ShipmentKind
{
    /// <summary><c>T</c>: the total shipment.</summary>
    Total,

    /// <summary><c>P</c>: part of the shipment (FFM only).</summary>
    Part,

    /// <summary><c>S</c>: a split shipment (FFM only).</summary>
    Split,
}
