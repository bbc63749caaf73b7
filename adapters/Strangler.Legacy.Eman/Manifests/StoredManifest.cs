using Strangler.Edifact.Cuscar;

namespace Strangler.Legacy.Eman.Manifests;

/// <summary>The master row of an EMAN ref: who lodged it, its trip, whether it is live, its current version.</summary>
/// <remarks>A settable row class (not a positional record) so Dapper maps it on SQLite, whose integers are all 64-bit.</remarks>
internal sealed class StoredManifest
{
    public const string Live = "L";
    public const string Cancelled = "C";

    public long ManifestId { get; set; }

    public string EmanRef { get; set; } = "";

    public string ClientKey { get; set; } = "";

    public string ModeCode { get; set; } = "";

    public string CarrierCode { get; set; } = "";

    public string ConveyanceId { get; set; } = "";

    public string VoyageNumber { get; set; } = "";

    public string DirectionCode { get; set; } = "";

    public string StatementCode { get; set; } = "";

    public string StatusCode { get; set; } = "";

    public int CurrentVersionNo { get; set; }

    public bool IsLive => StatusCode == Live;

    /// <summary>True when an amendment keeps the carrier, conveyance id, voyage, direction, statement and mode (else E010).</summary>
    public bool IsKeptBy(CuscarManifest amendment)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        var trip = new ManifestTrip(CarrierCode, ConveyanceId, VoyageNumber, DirectionCode,
            StatementCode == "S2" ? StatementType.Statement2 : StatementType.Statement1);
        return trip == ManifestTrip.Of(amendment) && ModeCode == amendment.Conveyance.ModeCode;
    }

    /// <summary>The value of <c>LIVE_TRIP_KEY</c>: one live manifest per trip, enforced by a unique index.</summary>
    public static string TripKey(ManifestTrip trip)
    {
        ArgumentNullException.ThrowIfNull(trip);
        return string.Join('|', trip.CarrierCode, trip.ConveyanceId, trip.VoyageNumber, trip.DirectionCode, trip.Statement.Code());
    }
}
