using Bogus;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.TradeData;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Planning;

/// <summary>
/// Sea, river and rail traffic of one day: vessel calls, river trade voyages and trains arriving in or
/// leaving Hong Kong, each with containerised consignments (B/Ls or consignment notes) and its manifests.
/// </summary>
internal static class VoyagePlanner
{
    public static void Plan(
        PlanningContext context, Randomizer random, DateOnly day, CutoverUnit unit, int volume,
        List<Shipment> shipments, List<PlannedRequest> requests, List<(string Key, DateTimeOffset At, ManifestIntent Intent)> statement2s)
    {
        var (carriers, foreignPlaces, hongKongPlaces, minLoad, maxLoad, mode) = unit switch
        {
            CutoverUnit.River => (Carriers.RiverOperators, Places.RiverPorts, (IReadOnlyList<Place>)[Places.HongKongPorts[1], Places.HongKongPorts[2]], 2, 8, TransportMode.InlandWater),
            CutoverUnit.Rail => (Carriers.RailOperators, Places.RailTerminals, (IReadOnlyList<Place>)[Places.HongKong], 2, 10, TransportMode.Rail),
            _ => (Carriers.ShippingLines, Places.SeaPorts, (IReadOnlyList<Place>)[Places.HongKongPorts[0], Places.HongKongPorts[1]], 4, 20, TransportMode.Maritime),
        };
        var remaining = volume;
        while (remaining > 0)
        {
            var load = Math.Min(remaining, random.Number(minLoad, maxLoad));
            remaining -= load;
            var carrier = carriers[random.Skewed(carriers.Count)];
            var import = !random.Chance(context.Rates.Export);
            var foreign = random.Pick(foreignPlaces);
            var hongKong = random.Pick(hongKongPlaces);
            var number = context.Numbers.Next("trip");
            var eventAt = Schedule.During(random, day, TimeSpan.Zero, TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
            var trip = new Trip
            {
                Number = number,
                Mode = mode,
                Carrier = carrier,
                Conveyance = random.Pick(carrier.Conveyances),
                VoyageNumber = $"{context.Numbers.RunTag}{number % 1_000_000:D6}{(import ? 'E' : 'W')}",
                IsImport = import,
                Loading = import ? foreign : hongKong,
                Discharge = import ? hongKong : foreign,
                EventAt = eventAt,
                DepartureAt = eventAt,
                EmanKey = EmanKey(context, carrier),
            };
            var perContainer = unit == CutoverUnit.River ? 30m : 55m;
            for (var i = 0; i < load; i++)
            {
                var document = unit == CutoverUnit.Rail
                    ? context.Numbers.ConsignmentNote(carrier.DocumentPrefix)
                    : context.Numbers.BillOfLading(carrier.DocumentPrefix);
                var shipment = ShipmentFactory.Create(
                    context, random, unit, import, eventAt, mainland: unit != CutoverUnit.Sea || random.Chance(0.3), trip, document,
                    containers: goods => Enumerable.Range(0, (int)Math.Clamp(Math.Ceiling(goods.Sum(g => g.VolumeM3) / perContainer), 1, 3))
                        .Select(_ => context.Numbers.Container(carrier.ContainerOwner)).ToList());
                trip.Shipments.Add(shipment);
                shipments.Add(shipment);
            }

            var statement1At = eventAt - random.Between(TimeSpan.FromHours(6), TimeSpan.FromHours(48));
            ManifestPlanner.Plan(context, random, trip, statement1At, TimeSpan.FromHours(4), requests, statement2s);
        }
    }

    private static string EmanKey(PlanningContext context, Carrier carrier) =>
        context.Clients.All.First(c => c.CarrierCodes.Contains(carrier.Code) && !c.AirWaybillPrefixes.Any()).Key;
}
