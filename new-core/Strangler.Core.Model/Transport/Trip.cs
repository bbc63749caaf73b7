namespace Strangler.Core.Model.Transport;

/// <summary>
/// One journey of a conveyance across the border: its journey id (voyage, flight, train number or
/// VRN), carrier, direction, places of loading and discharge (UN/LOCODE or IATA airport), the
/// arrival or departure time when known, or only its date (an FFM flight date).
/// </summary>
public sealed record Trip
{
    public required Conveyance Conveyance { get; init; }

    /// <summary>Voyage, flight (<c>CX251</c>) or train number, or the VRN of a goods vehicle.</summary>
    public string? JourneyId { get; init; }

    public string? CarrierCode { get; init; }

    public required TradeDirection Direction { get; init; }

    public string? PlaceOfLoading { get; init; }

    public string? PlaceOfDischarge { get; init; }

    /// <summary>Arrival (import) or departure (export) time, Hong Kong time.</summary>
    public DateTimeOffset? EventTime { get; init; }

    /// <summary>The trip's date when only a date is known.</summary>
    public DateOnly? Date { get; init; }
}
