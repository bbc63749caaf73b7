namespace Strangler.Facade.Routing.Accs;

/// <summary>
/// What routing needs from an ACCS message: its type and the waybills it names, in order: FWB its air waybill;
/// FHL the master air waybill, then its house waybill numbers; FFM the air waybills of its consignment lines,
/// each once. Equal when type and waybills (in order) are equal.
/// </summary>
/// <param name="Waybills">Air waybills as <c>160-12345675</c> (shape checked, check digit not), FHL house numbers as sent.</param>
public sealed record AccsRequestFacts(AccsMessageType MessageType, IReadOnlyList<string> Waybills)
{
    public bool Equals(AccsRequestFacts? other) =>
        other is not null && MessageType == other.MessageType && Waybills.SequenceEqual(other.Waybills);

    public override int GetHashCode() => HashCode.Combine(MessageType, Waybills.Count);
}
