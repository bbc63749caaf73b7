using Bogus;
using Strangler.Contracts.CodeLists;
using Strangler.Edifact.Cuscar;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Planning;

/// <summary>
/// The EMAN manifests of one trip: Statement 1 before the event (some refused first for a fault, some
/// amended, some cancelled and lodged again), Statement 2 after it (a share late), Statement 2s of one
/// key and day batched into multi-message, multi-mode interchanges.
/// </summary>
internal static class ManifestPlanner
{
    public static void Plan(
        PlanningContext context, Randomizer random, Trip trip, DateTimeOffset statement1At, TimeSpan amendWindow,
        List<PlannedRequest> requests, List<(string Key, DateTimeOffset At, ManifestIntent Intent)> statement2s)
    {
        var rates = context.Rates;
        var fault = trip.Mode == TransportMode.Air ? ManifestFault.PackageTotal : ManifestFault.ContainerCheckDigit;
        if (random.Chance(rates.Rejection))
        {
            var before = statement1At - random.Between(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(20));
            requests.Add(new EmanSubmission(trip.EmanKey, before, [new ManifestIntent(trip, StatementType.Statement1, ManifestFunction.Original, fault)]));
        }

        requests.Add(new EmanSubmission(trip.EmanKey, statement1At, [new ManifestIntent(trip, StatementType.Statement1, ManifestFunction.Original)]));
        var fate = random.Double();
        var changeAt = statement1At + random.Between(TimeSpan.FromMinutes(5), amendWindow);
        if (fate < rates.Cancellation)
        {
            requests.Add(new EmanSubmission(trip.EmanKey, changeAt, [new ManifestIntent(trip, StatementType.Statement1, ManifestFunction.Cancellation)]));
            var relodgeAt = changeAt + random.Between(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5));
            requests.Add(new EmanSubmission(trip.EmanKey, relodgeAt, [new ManifestIntent(trip, StatementType.Statement1, ManifestFunction.Original)]));
        }
        else if (fate < rates.Cancellation + rates.Amendment)
        {
            requests.Add(new EmanSubmission(trip.EmanKey, changeAt, [new ManifestIntent(trip, StatementType.Statement1, ManifestFunction.Amendment)]));
        }

        var statement2At = random.Chance(rates.Late)
            ? trip.EventAt + random.Between(TimeSpan.FromDays(15), TimeSpan.FromDays(30))
            : trip.EventAt + (random.Chance(0.7)
                ? random.Between(TimeSpan.FromHours(2), TimeSpan.FromDays(3))
                : random.Between(TimeSpan.FromDays(3), TimeSpan.FromDays(13)));
        statement2s.Add((trip.EmanKey, statement2At, new ManifestIntent(trip, StatementType.Statement2, ManifestFunction.Original)));
    }

    /// <summary>
    /// Sends the day's Statement 2s: a share alone at their own moments, the rest as the carrier key's batch
    /// (up to three manifests per interchange, of any modes) two days after the events, in the evening.
    /// </summary>
    public static void SendStatement2s(
        PlanningContext context, Randomizer random, DateOnly day, List<(string Key, DateTimeOffset At, ManifestIntent Intent)> statement2s,
        List<PlannedRequest> requests)
    {
        var batched = new List<(string Key, DateTimeOffset At, ManifestIntent Intent)>();
        foreach (var s2 in statement2s)
        {
            if (random.Chance(context.Rates.Batched))
            {
                batched.Add(s2);
            }
            else
            {
                requests.Add(new EmanSubmission(s2.Key, s2.At, [s2.Intent]));
            }
        }

        foreach (var group in batched.GroupBy(b => b.Key))
        {
            foreach (var chunk in group.Chunk(3))
            {
                var at = Schedule.During(random, day.AddDays(2), TimeSpan.FromHours(17), TimeSpan.FromHours(21));
                requests.Add(new EmanSubmission(group.Key, at, chunk.Select(c => c.Intent).ToList()));
            }
        }
    }
}
