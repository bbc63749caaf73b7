namespace Strangler.Legacy.History.Planning;

/// <summary>
/// Everything that decides a generated history: the seed, the first Hong Kong day and the number of
/// days whose crossings, arrivals and departures are generated, the consignments per mode per day,
/// the rates of special fates and the pool sizes. The same plan always gives the same traffic.
/// Documents are received around their event: up to two days before the first day (advance
/// lodgements) and up to 40 days after the last (declarations, late ones included).
/// </summary>
public sealed record HistoryPlan(
    int Seed,
    DateOnly FirstDay,
    int Days,
    ModeVolumes Volumes,
    HistoryRates Rates,
    PoolSizes Pools)
{
    public const int MaxDays = 3660;

    public static HistoryPlan For(HistoryScale scale, int seed, DateOnly firstDay, int? days = null) =>
        new(seed, firstDay, days ?? scale.Days(), scale.Volumes(), new HistoryRates(), scale.Pools());

    public IEnumerable<string> Problems()
    {
        if (Days is < 1 or > MaxDays)
        {
            yield return $"Days must be 1 to {MaxDays}.";
        }

        if (Volumes.Road < 0 || Volumes.Air < 0 || Volumes.Sea < 0 || Volumes.River < 0 || Volumes.Rail < 0)
        {
            yield return "Volumes must not be negative.";
        }

        if (Volumes.Total > 1_000_000)
        {
            yield return "At most 1,000,000 consignments per day.";
        }

        foreach (var problem in Rates.Problems().Concat(Pools.Problems()))
        {
            yield return problem;
        }
    }

    public DateOnly LastDay => FirstDay.AddDays(Days - 1);
}
