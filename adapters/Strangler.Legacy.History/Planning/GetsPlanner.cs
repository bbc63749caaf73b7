using Bogus;
using Strangler.Edifact.Cusdec;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Planning;

/// <summary>
/// The GETS declarations of a day's consignments: each lodged by its trader's service provider after
/// the goods moved (mostly within days, a share late), within service hours; some refused first for a
/// vague description; a share batched per key and day into interchanges mixing modes; some amended or
/// cancelled later.
/// </summary>
internal static class GetsPlanner
{
    public static void Plan(PlanningContext context, Randomizer random, IReadOnlyList<Shipment> shipments, List<PlannedRequest> requests)
    {
        var rates = context.Rates;
        var providers = context.Clients.ServiceProviders;
        var lodged = new List<(string Key, DateTimeOffset At, Shipment Shipment)>(shipments.Count);
        var batched = new List<(string Key, DateTimeOffset At, Shipment Shipment)>();
        foreach (var shipment in shipments)
        {
            var key = providers[shipment.Trader.ServiceProvider].Key;
            var at = Schedule.Declaration(random, shipment.EventAt, random.Chance(rates.Late));
            if (random.Chance(rates.Rejection))
            {
                var before = at - random.Between(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(15));
                before = Schedule.Day(before) == Schedule.Day(at) && before.TimeOfDay >= Schedule.Opening ? before : at;
                requests.Add(new GetsSubmission(key, before, [new DeclarationIntent(shipment, DeclarationFunction.Original, Vague: true)]));
            }

            if (random.Chance(rates.Batched))
            {
                batched.Add((key, at, shipment));
            }
            else
            {
                lodged.Add((key, at, shipment));
                requests.Add(new GetsSubmission(key, at, [new DeclarationIntent(shipment, DeclarationFunction.Original)]));
            }
        }

        foreach (var group in batched.GroupBy(b => (b.Key, Schedule.Day(b.At))))
        {
            foreach (var chunk in group.Chunk(random.Number(2, 4)))
            {
                var at = chunk.Max(c => c.At);
                requests.Add(new GetsSubmission(group.Key.Key, at, chunk.Select(c => new DeclarationIntent(c.Shipment, DeclarationFunction.Original)).ToList()));
                lodged.AddRange(chunk.Select(c => (c.Key, at, c.Shipment)));
            }
        }

        foreach (var (key, at, shipment) in lodged)
        {
            var fate = random.Double();
            var changeAt = Schedule.InServiceHours(at + random.Between(TimeSpan.FromHours(1), TimeSpan.FromDays(3)));
            if (fate < rates.Cancellation)
            {
                requests.Add(new GetsSubmission(key, changeAt, [new DeclarationIntent(shipment, DeclarationFunction.Cancellation)]));
            }
            else if (fate < rates.Cancellation + rates.Amendment)
            {
                requests.Add(new GetsSubmission(key, changeAt, [new DeclarationIntent(shipment, DeclarationFunction.Amendment, Amended: true)]));
            }
        }
    }
}
