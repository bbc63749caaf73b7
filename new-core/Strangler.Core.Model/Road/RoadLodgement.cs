using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Road;

/// <summary>
/// A ROCARS advance cargo information lodgement (ACI): direction, land boundary control point,
/// expected crossing, the lodging shipper, and the consignment (consignor, consignee, packages,
/// articles as goods items; its CCRN once issued). <see cref="Source"/> is <c>CNSW</c> for SSDD.
/// </summary>
public sealed record RoadLodgement : CanonicalDocument
{
    public required TradeDirection Direction { get; init; }

    public required string ControlPoint { get; init; }

    public required DateTimeOffset ExpectedCrossing { get; init; }

    public required Party Shipper { get; init; }

    public required Consignment Consignment { get; init; }

    public string? Source { get; init; }
}
