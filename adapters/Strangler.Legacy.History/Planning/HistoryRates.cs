namespace Strangler.Legacy.History.Planning;

/// <summary>
/// Shares of the traffic (0 to 1) that get a special fate: amended, cancelled, lodged late, sent
/// first with a fault (rejected, then sent again corrected), consolidated (air: houses in an FHL),
/// pushed from the Mainland single window (road), batched with other messages in one interchange, or
/// exported (the rest of the consignments are imports).
/// </summary>
public sealed record HistoryRates(
    double Amendment = 0.06,
    double Cancellation = 0.015,
    double Late = 0.04,
    double Rejection = 0.02,
    double Consolidation = 0.3,
    double Ssdd = 0.2,
    double Batched = 0.25,
    double Export = 0.4)
{
    public IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(Amendment), Amendment), (nameof(Cancellation), Cancellation), (nameof(Late), Late),
            (nameof(Rejection), Rejection), (nameof(Consolidation), Consolidation), (nameof(Ssdd), Ssdd),
            (nameof(Batched), Batched), (nameof(Export), Export),
        })
        {
            if (double.IsNaN(value) || value is < 0 or > 1)
            {
                yield return $"{name} must be between 0 and 1.";
            }
        }

        if (Amendment + Cancellation > 1)
        {
            yield return "Amendment and Cancellation together must not exceed 1.";
        }
    }
}
