using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.TradeData;

namespace Strangler.Legacy.History.World;

/// <summary>
/// A conveyance trip one EMAN manifest (per statement) covers: a vessel's voyage, a river trade
/// voyage, a train or a flight, in one direction, with its consignments and containers. The EMAN
/// refs issued for its Statement 1 and Statement 2 are remembered as the answers come back.
/// </summary>
public sealed class Trip
{
    public required long Number { get; init; }

    public required TransportMode Mode { get; init; }

    public required Carrier Carrier { get; init; }

    public required Conveyance Conveyance { get; init; }

    /// <summary>Voyage, flight or train number (the flight as <c>CX251</c>).</summary>
    public required string VoyageNumber { get; init; }

    public required bool IsImport { get; init; }

    public required Place Loading { get; init; }

    public required Place Discharge { get; init; }

    /// <summary>Arrival in (import) or departure from (export) Hong Kong.</summary>
    public required DateTimeOffset EventAt { get; init; }

    /// <summary>Air: departure from the airport of loading (equals <see cref="EventAt"/> for exports).</summary>
    public DateTimeOffset DepartureAt { get; init; }

    /// <summary>Air: the flight number without the carrier.</summary>
    public string FlightNumber { get; init; } = "";

    /// <summary>The EMAN key lodging its manifests.</summary>
    public required string EmanKey { get; init; }

    /// <summary>Air: the key sending its FFM.</summary>
    public string? FfmKey { get; init; }

    public List<Shipment> Shipments { get; } = [];

    public string? Statement1Ref { get; set; }

    public string? Statement2Ref { get; set; }

    /// <summary>Set when an amendment changed the weight of the first goods item (the manifest is rebuilt from it).</summary>
    public decimal WeightCorrection { get; set; }

    /// <summary>The place outside Hong Kong.</summary>
    public Place Foreign => IsImport ? Loading : Discharge;
}
