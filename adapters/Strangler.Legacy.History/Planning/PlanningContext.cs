using Bogus;
using Strangler.Legacy.History.Clients;
using Strangler.Legacy.History.Identifiers;
using Strangler.Legacy.History.Parties;

namespace Strangler.Legacy.History.Planning;

/// <summary>What every day's planning shares: the plan, the parties, the client keys, the document numbers and the hauliers' vehicles.</summary>
internal sealed class PlanningContext
{
    public PlanningContext(HistoryPlan plan)
    {
        Plan = plan;
        Parties = PartyPools.Build(plan);
        Clients = HistoryClients.For(plan, Parties);
        Numbers = new DocumentNumbers(plan.Seed);
        var marks = VehicleMarks.Draw(new Randomizer(Seeds.Of(plan.Seed, "vehicles")), plan.Pools.Vehicles);
        var hauliers = Clients.TransportCompanies;
        Vehicles = hauliers
            .Select((h, i) => (h.Key, Marks: (IReadOnlyList<string>)marks.Where((_, m) => m % hauliers.Count == i).DefaultIfEmpty(marks[0]).ToList()))
            .ToDictionary(x => x.Key, x => x.Marks, StringComparer.Ordinal);
    }

    public HistoryPlan Plan { get; }

    public HistoryRates Rates => Plan.Rates;

    public PartyPools Parties { get; }

    public HistoryClients Clients { get; }

    public DocumentNumbers Numbers { get; }

    /// <summary>Flights planned so far per airline and departure date (flight numbers are unique per day of departure).</summary>
    public Dictionary<(string Airline, DateOnly Departure), int> Flights { get; } = [];

    /// <summary>Registration marks of each transport company's vehicles.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Vehicles { get; }
}
