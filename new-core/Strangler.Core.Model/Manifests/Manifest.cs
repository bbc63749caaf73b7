using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Manifests;

/// <summary>
/// A cargo manifest of one trip in one direction (WCO DM: Cargo Report): the carrier's document
/// number and time, statement type, carrier, the trip, containers and consignments. A cancellation
/// carries the header only.
/// </summary>
public sealed record Manifest : CanonicalDocument
{
    public required string DocumentNumber { get; init; }

    public DateTimeOffset? DocumentTime { get; init; }

    public ManifestStatement? Statement { get; init; }

    public required Party Carrier { get; init; }

    public required Trip Trip { get; init; }

    /// <summary>The EMAN ref an amendment or cancellation replaces.</summary>
    public string? ReplacesReference { get; init; }

    public EquatableList<Container> Containers { get; init; } = EquatableList<Container>.Empty;

    public EquatableList<Consignment> Consignments { get; init; } = EquatableList<Consignment>.Empty;
}
