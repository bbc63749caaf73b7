namespace Strangler.Edifact.Cuscar;

/// <summary>
/// What identifies a manifest's trip for the store rules: an original for a trip with a live
/// manifest is <c>E019</c>; an amendment must keep the trip and the mode of the original (<c>E010</c>).
/// </summary>
public sealed record ManifestTrip(
    string CarrierCode,
    string ConveyanceId,
    string VoyageNumber,
    string DirectionCode,
    StatementType Statement)
{
    public static ManifestTrip Of(CuscarManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new(manifest.CarrierCode, manifest.Conveyance.ConveyanceId, manifest.Conveyance.VoyageNumber,
            manifest.DirectionCode, manifest.Statement);
    }

    /// <summary>True when an amendment keeps the carrier, conveyance id, voyage, direction, statement and mode of the version it replaces.</summary>
    public static bool AmendmentKeepsFields(CuscarManifest current, CuscarManifest amendment)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(amendment);
        return Of(current) == Of(amendment) &&
            string.Equals(current.Conveyance.ModeCode, amendment.Conveyance.ModeCode, StringComparison.Ordinal);
    }
}
