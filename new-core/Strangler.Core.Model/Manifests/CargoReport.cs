using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Manifests;

/// <summary>
/// Air cargo information from a terminal or airline (FWB, FHL, FFM part): the flight as a trip
/// (null for an FHL, which names none), the air waybill consignments with houses linked to their
/// master, and, for an FFM, the part number and whether it is the last part.
/// </summary>
public sealed record CargoReport : CanonicalDocument
{
    public required CargoReportKind Kind { get; init; }

    public Trip? Trip { get; init; }

    public EquatableList<Consignment> Consignments { get; init; } = EquatableList<Consignment>.Empty;

    /// <summary>The unit load devices of an FFM (WCO DM: transport equipment); goods items place packages in them.</summary>
    public EquatableList<Container> Devices { get; init; } = EquatableList<Container>.Empty;

    public int? PartNumber { get; init; }

    public bool IsLastPart { get; init; } = true;
}
