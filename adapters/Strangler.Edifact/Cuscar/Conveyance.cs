namespace Strangler.Edifact.Cuscar;

/// <summary>
/// The TDT segment: voyage, flight or train number, the mode code as sent (<c>E012</c> judges it),
/// the carrier code (must equal NAD+CA, <c>E011</c>), and the conveyance id and name.
/// </summary>
public sealed record Conveyance(
    string VoyageNumber,
    string ModeCode,
    string CarrierCode,
    string ConveyanceId,
    string? ConveyanceName);
