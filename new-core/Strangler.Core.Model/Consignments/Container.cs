namespace Strangler.Core.Model.Consignments;

/// <summary>A container (WCO DM: TransportEquipment): ISO 6346 number, size-type, full or empty, seals.</summary>
public sealed record Container(string Number, string SizeType, bool IsFull, EquatableList<string> Seals);
