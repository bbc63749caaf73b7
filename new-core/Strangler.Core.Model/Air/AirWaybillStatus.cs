using Strangler.Core.Model.Documents;

namespace Strangler.Core.Model.Air;

/// <summary>The Customs status of an air waybill: its action codes in the order given, the last one current.</summary>
public sealed record AirWaybillStatus : CanonicalDocument
{
    public required string AirWaybillNumber { get; init; }

    public EquatableList<ActionCodeEntry> History { get; init; } = EquatableList<ActionCodeEntry>.Empty;

    public string? CurrentCode => History.Count == 0 ? null : History[^1].Code;
}
