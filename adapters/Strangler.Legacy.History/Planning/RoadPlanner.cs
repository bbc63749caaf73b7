using Bogus;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.History.World;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.History.Planning;

/// <summary>
/// Road traffic of one day: trucks crossing at the control points, each carrying a few consignments
/// whose ACIs are lodged 4 to 36 hours before the crossing (some through the Mainland single window,
/// some amended or cancelled before bundling, some refused first for a vague article), then bundled
/// by the driver 35 minutes to 3 hours before the crossing.
/// </summary>
internal static class RoadPlanner
{
    // Lok Ma Chau carries most lorries, then Shenzhen Bay and the Heung Yuen Wai and bridge crossings.
    private static readonly string[] ControlPoints = ["LMC", "LMC", "LMC", "SBY", "SBY", "HYW", "HYW", "HZMB", "HZMB", "MKT", "LMCSC"];

    public static void Plan(PlanningContext context, Randomizer random, DateOnly day, int volume, List<Shipment> shipments, List<PlannedRequest> requests)
    {
        var rates = context.Rates;
        var clients = context.Clients;
        var remaining = volume;
        while (remaining > 0)
        {
            var load = Math.Min(remaining, random.Number(1, 4));
            remaining -= load;
            var haulier = clients.TransportCompanies[random.Skewed(clients.TransportCompanies.Count)];
            var import = !random.Chance(rates.Export);
            var truck = new Truck
            {
                Number = context.Numbers.Next("truck"),
                Vrn = random.Pick(context.Vehicles[haulier.Key]),
                DriverKey = haulier.Key,
                ControlPoint = random.Pick(ControlPoints),
                Direction = import ? CrossingDirection.Import : CrossingDirection.Export,
                CrossingAt = Schedule.During(random, day, TimeSpan.FromHours(6), TimeSpan.FromHours(22)),
            };
            var crossing = truck.CrossingAt;
            var bundleAt = crossing - random.Between(TimeSpan.FromMinutes(35), TimeSpan.FromHours(3));
            var anyLive = false;
            for (var i = 0; i < load; i++)
            {
                var ssdd = import && random.Chance(rates.Ssdd);
                var aciKey = ssdd ? clients.MainlandSingleWindow.Key : clients.Shippers[random.Skewed(clients.Shippers.Count)].Key;
                var shipment = ShipmentFactory.Create(context, random, CutoverUnit.Road, import, crossing, mainland: random.Chance(0.9), aciKey: aciKey);
                shipment.Truck = truck;
                truck.Shipments.Add(shipment);

                var aciAt = crossing - random.Between(TimeSpan.FromHours(4), TimeSpan.FromHours(36));
                if (random.Chance(rates.Rejection))
                {
                    requests.Add(new AciRequest(shipment, AciFunction.Original, aciAt - random.Between(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(30)), vague: true));
                }

                requests.Add(new AciRequest(shipment, AciFunction.Original, aciAt));
                var changeAt = aciAt + random.Between(TimeSpan.FromMinutes(10), crossing - TimeSpan.FromHours(3) - TimeSpan.FromMinutes(5) - aciAt);
                var fate = random.Double();
                if (fate < rates.Cancellation)
                {
                    requests.Add(new AciRequest(shipment, AciFunction.Cancel, changeAt));
                    continue;
                }

                if (fate < rates.Cancellation + rates.Amendment)
                {
                    requests.Add(new AciRequest(shipment, AciFunction.Amend, changeAt));
                }

                anyLive = true;
                shipments.Add(shipment);
            }

            if (anyLive)
            {
                requests.Add(new BundleRequest(truck, bundleAt));
            }
        }
    }
}
