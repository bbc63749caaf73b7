using Strangler.CargoImp.Waybills;

namespace Strangler.CargoImp.Ffm;

/// <summary>
/// One part of an <c>FFM/8</c>: part number, flight, aircraft registration, the point-of-unloading
/// blocks, and whether it is the last part (<c>LAST</c>) or more follow (<c>CONT</c>).
/// </summary>
public sealed record FfmMessage(
    int PartNumber,
    FlightIdentity Flight,
    string Registration,
    EquatableList<UnloadingPoint> UnloadingPoints,
    bool IsLastPart) : CargoImpMessage
{
    public const int MaxParts = 99;

    public override CargoImpMessageType Type => CargoImpMessageType.Ffm;

    /// <summary>Every air waybill line in order, each classified by its own block.</summary>
    public IEnumerable<ManifestedWaybill> Waybills =>
        UnloadingPoints.SelectMany(p =>
            p.Bulk.Select(l => (Line: l, Uld: (string?)null))
                .Concat(p.Devices.SelectMany(d => d.Waybills.Select(l => (Line: l, Uld: (string?)d.Id))))
                .Select(x => new ManifestedWaybill(
                    x.Line, p.Airport, x.Uld, CargoClassifications.OfManifestBlock(Flight.DepartureAirport, p.Airport))));

    /// <summary>The pieces this part manifests per air waybill number (for A015 across a flight's parts).</summary>
    public IReadOnlyDictionary<string, int> PiecesPerWaybill()
    {
        var pieces = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in Waybills)
        {
            pieces[w.Line.Number] = pieces.GetValueOrDefault(w.Line.Number) + w.Line.Pieces;
        }

        return pieces;
    }
}
