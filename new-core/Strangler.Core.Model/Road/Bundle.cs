using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Road;

/// <summary>A driver's bundle of CCRNs to a goods vehicle (VRN) for one crossing at a control point.</summary>
public sealed record Bundle : CanonicalDocument
{
    public required string Vrn { get; init; }

    public required TradeDirection Direction { get; init; }

    public required string ControlPoint { get; init; }

    public required DateTimeOffset ExpectedArrival { get; init; }

    public EquatableList<string> Ccrns { get; init; } = EquatableList<string>.Empty;
}
