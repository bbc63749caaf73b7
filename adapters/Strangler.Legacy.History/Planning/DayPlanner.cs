using Bogus;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Planning;

/// <summary>
/// Plans the traffic of one day of events (crossings, arrivals, departures): every mode's consignments
/// and the requests about them. Each mode draws from a random stream of its own derived from the seed,
/// the day and the mode; days are planned in order, so document numbers run on from the day before.
/// </summary>
internal sealed class DayPlanner(PlanningContext context)
{
    private long _order;

    public PlanningContext Context { get; } = context;

    public IReadOnlyList<PlannedRequest> Plan(DateOnly day)
    {
        var plan = Context.Plan;
        var index = day.DayNumber;
        var requests = new List<PlannedRequest>();
        var shipments = new List<Shipment>();
        var statement2s = new List<(string Key, DateTimeOffset At, ManifestIntent Intent)>();
        var volumes = plan.Volumes;

        RoadPlanner.Plan(Context, Stream("road", index), day, volumes.Road, shipments, requests);
        AirPlanner.Plan(Context, Stream("air", index), day, volumes.Air, shipments, requests, statement2s);
        foreach (var unit in new[] { CutoverUnit.Sea, CutoverUnit.River, CutoverUnit.Rail })
        {
            VoyagePlanner.Plan(Context, Stream(unit.Name(), index), day, unit, volumes.For(unit), shipments, requests, statement2s);
        }

        ManifestPlanner.SendStatement2s(Context, Stream("statement2", index), day, statement2s, requests);
        GetsPlanner.Plan(Context, Stream("gets", index), shipments, requests);
        foreach (var request in requests)
        {
            request.Order = ++_order;
        }

        return requests;
    }

    private Randomizer Stream(string name, int dayNumber) => new(Seeds.Of(Context.Plan.Seed, name, dayNumber));
}
