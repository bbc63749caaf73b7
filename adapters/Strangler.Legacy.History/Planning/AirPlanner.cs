using System.Globalization;
using Bogus;
using Strangler.CargoImp;
using Strangler.Contracts.CodeLists;
using Strangler.Edifact.Cuscar;
using Strangler.Legacy.History.Clients;
using Strangler.Legacy.History.TradeData;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Planning;

/// <summary>
/// Air traffic of one day: cargo flights into and out of Hong Kong. Each air waybill's FWB is sent 3 to
/// 30 hours before departure by the airline or a terminal operator (some refused first for a wrong
/// check digit, some replaced later), consolidations get an FHL, the flight an FFM before departure, and
/// the airline lodges the flight's EMAN manifests.
/// </summary>
internal static class AirPlanner
{
    public static void Plan(
        PlanningContext context, Randomizer random, DateOnly day, int volume,
        List<Shipment> shipments, List<PlannedRequest> requests, List<(string Key, DateTimeOffset At, ManifestIntent Intent)> statement2s)
    {
        var rates = context.Rates;
        var remaining = volume;
        while (remaining > 0)
        {
            var load = Math.Min(remaining, random.Number(3, 10));
            remaining -= load;
            var airline = Carriers.Airlines[random.Skewed(Carriers.Airlines.Count)];
            var import = !random.Chance(rates.Export);
            var foreign = random.Pick(Places.Airports);
            var eventAt = Schedule.During(random, day, TimeSpan.Zero, TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
            var departure = import ? eventAt - random.Between(TimeSpan.FromHours(2), TimeSpan.FromHours(14)) : eventAt;

            // A flight is its carrier, number and departure date (ACCS, and the EMAN trip): one number per airline and day.
            var k = context.Flights.GetValueOrDefault((airline.Code, Schedule.Day(departure)));
            context.Flights[(airline.Code, Schedule.Day(departure))] = k + 1;
            var flightNumber = (k < airline.FlightNumbers!.Count ? airline.FlightNumbers[k] : 3000 + k).ToString(CultureInfo.InvariantCulture);
            var airlineKey = HistoryClients.AirlineKey(airline);
            var terminal = context.Clients.TerminalOperators[random.Number(0, context.Clients.TerminalOperators.Count - 1)].Key;
            var flight = new Trip
            {
                Number = context.Numbers.Next("trip"),
                Mode = TransportMode.Air,
                Carrier = airline,
                Conveyance = random.Pick(airline.Conveyances),
                VoyageNumber = $"{airline.Code}{flightNumber}/{CargoImpDates.DayMonth(Schedule.Day(departure))}",
                FlightNumber = flightNumber,
                IsImport = import,
                Loading = import ? foreign : Places.HongKong,
                Discharge = import ? Places.HongKong : foreign,
                EventAt = eventAt,
                DepartureAt = departure,
                EmanKey = airlineKey,
                FfmKey = random.Chance(0.6) ? airlineKey : terminal,
            };
            for (var i = 0; i < load; i++)
            {
                var consolidated = random.Chance(rates.Consolidation);
                var shipment = ShipmentFactory.Create(
                    context, random, CutoverUnit.Air, import, eventAt, mainland: random.Chance(0.25), flight,
                    context.Numbers.AirWaybill(airline.AirWaybillPrefix!),
                    houses: consolidated ? goods => Houses(context, random, goods) : null);
                flight.Shipments.Add(shipment);
                shipments.Add(shipment);
                PlanWaybill(context, random, shipment, departure, random.Chance(0.65) ? airlineKey : terminal, requests);
            }

            requests.Add(AccsRequest.Ffm(flight.FfmKey!, departure - random.Between(TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(90)), flight));
            var statement1At = import
                ? departure + random.Between(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(60))
                : departure - random.Between(TimeSpan.FromHours(1), TimeSpan.FromHours(6));
            ManifestPlanner.Plan(context, random, flight, statement1At, TimeSpan.FromMinutes(50), requests, statement2s);
        }
    }

    private static void PlanWaybill(PlanningContext context, Randomizer random, Shipment shipment, DateTimeOffset departure, string key, List<PlannedRequest> requests)
    {
        var rates = context.Rates;
        var fwbAt = departure - random.Between(TimeSpan.FromHours(3), TimeSpan.FromHours(30));
        if (random.Chance(rates.Rejection))
        {
            requests.Add(AccsRequest.Fwb(key, fwbAt - random.Between(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(20)), shipment, wrongCheckDigit: true));
        }

        requests.Add(AccsRequest.Fwb(key, fwbAt, shipment));
        if (shipment.Houses.Count > 0)
        {
            requests.Add(AccsRequest.Fhl(key, fwbAt + random.Between(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(90)), shipment));
        }

        // Later than a document check or examination takes, so a replacement never meets A020.
        if (random.Chance(rates.Amendment))
        {
            requests.Add(AccsRequest.Replacement(key, fwbAt + random.Between(TimeSpan.FromHours(6), TimeSpan.FromHours(12)), shipment));
        }
    }

    // Houses split the master's pieces and weight exactly (A013 allows 0.1 kg, the history needs none).
    private static IReadOnlyList<HouseShipment> Houses(PlanningContext context, Randomizer random, IReadOnlyList<GoodsLine> goods)
    {
        var pieces = goods.Sum(g => g.Packages);
        var weight = Math.Round(Math.Max(0.1m, goods.Sum(g => g.GrossKg)), 1);
        var count = Math.Min(pieces, random.Number(2, 5));
        var houses = new List<HouseShipment>(count);
        var piecesLeft = pieces;
        var weightLeft = weight;
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1;
            var housePieces = last ? piecesLeft : Math.Max(1, piecesLeft / (count - i));
            var houseWeight = last ? weightLeft : Math.Max(0.1m, Math.Round(weight * housePieces / pieces, 1));
            if (!last && weightLeft - houseWeight < 0.1m * (count - i - 1))
            {
                houseWeight = 0.1m;
            }

            piecesLeft -= housePieces;
            weightLeft -= houseWeight;
            var commodity = goods[i % goods.Count].Commodity;
            houses.Add(new HouseShipment(context.Numbers.HouseWaybill(), housePieces, houseWeight, commodity.Nature, commodity.Description[..Math.Min(60, commodity.Description.Length)], commodity.Hkhs));
        }

        return houses;
    }
}
