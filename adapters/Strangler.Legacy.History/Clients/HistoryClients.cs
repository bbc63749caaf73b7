using System.Globalization;
using Strangler.Contracts.Clients;
using Strangler.Legacy.History.Parties;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.TradeData;

namespace Strangler.Legacy.History.Clients;

/// <summary>
/// The history's own client keys (<c>hist-…</c>): GETS service providers acting for many traders' BR
/// numbers, shipping agents acting for several shipping lines and river operators (so their
/// interchanges mix modes), a rail operator, airlines (EMAN and ACCS), cargo terminal operators,
/// ROCARS shippers (forwarders), transport companies (drivers) and the Mainland single window. The
/// stand-ins must be configured with them: <see cref="Configuration"/> gives the <c>Clients</c> entries.
/// </summary>
public sealed class HistoryClients
{
    private readonly Dictionary<string, HistoryClient> _byKey;

    private HistoryClients(IReadOnlyList<HistoryClient> all)
    {
        All = all;
        _byKey = all.ToDictionary(c => c.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<HistoryClient> All { get; }

    public IReadOnlyList<HistoryClient> ServiceProviders => Having(ClientRole.GetsDeclarant);

    public IReadOnlyList<HistoryClient> Shippers => Having(ClientRole.RocarsShipper);

    public IReadOnlyList<HistoryClient> TransportCompanies => Having(ClientRole.RocarsDriver);

    public IReadOnlyList<HistoryClient> TerminalOperators => Having(ClientRole.AccsTerminalOperator);

    public HistoryClient MainlandSingleWindow => Having(ClientRole.RocarsMainlandSingleWindow)[0];

    public HistoryClient this[string key] => _byKey[key];

    public static HistoryClients For(HistoryPlan plan, PartyPools parties)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(parties);
        var clients = new List<HistoryClient>();
        for (var i = 0; i < plan.Pools.ServiceProviders; i++)
        {
            var brs = parties.Traders.Where(t => t.ServiceProvider == i).Select(t => t.BrNumber).ToList();
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            clients.Add(Client("hist-gets-" + n, [ClientRole.GetsDeclarant], "HISTGETS" + n, "GETS SERVICE PROVIDER " + n, brs: brs));
        }

        // Two shipping agents share the lines and river operators, so each lodges sea and river manifests.
        var lines = Carriers.ShippingLines;
        var rivers = Carriers.RiverOperators;
        for (var agent = 0; agent < 2; agent++)
        {
            var codes = lines.Where((_, i) => i % 2 == agent).Concat(rivers.Where((_, i) => i % 2 == agent)).Select(c => c.Code).ToList();
            var n = (agent + 1).ToString(CultureInfo.InvariantCulture);
            clients.Add(Client("hist-sea-agent-" + n, [ClientRole.EmanCarrier], "HISTSEA" + n, "SHIPPING AGENCY " + n, carriers: codes));
        }

        clients.Add(Client("hist-rail", [ClientRole.EmanCarrier], "HISTRAIL", "CROSS-BOUNDARY RAIL FREIGHT",
            carriers: Carriers.RailOperators.Select(c => c.Code).ToList()));
        foreach (var airline in Carriers.Airlines)
        {
            clients.Add(Client(AirlineKey(airline), [ClientRole.EmanCarrier, ClientRole.AccsAirline], "HIST" + airline.Code, airline.Name,
                carriers: [airline.Code], prefixes: [airline.AirWaybillPrefix!]));
        }

        clients.Add(Client("hist-hactl", [ClientRole.AccsTerminalOperator], null, "HONG KONG AIR CARGO TERMINALS", prefixes: ["*"]));
        clients.Add(Client("hist-aat", [ClientRole.AccsTerminalOperator], null, "ASIA AIRFREIGHT TERMINAL", prefixes: ["*"]));
        for (var i = 0; i < plan.Pools.Shippers; i++)
        {
            var name = $"{CompanyNames.Forwarders[i % CompanyNames.Forwarders.Count]} {Branch(i, CompanyNames.Forwarders.Count)}".Trim();
            clients.Add(Client($"hist-shipper-{i + 1:D3}", [ClientRole.RocarsShipper], null, name + " LTD"));
        }

        for (var i = 0; i < plan.Pools.TransportCompanies; i++)
        {
            var name = $"{CompanyNames.Hauliers[i % CompanyNames.Hauliers.Count]} {Branch(i, CompanyNames.Hauliers.Count)}".Trim();
            clients.Add(Client($"hist-haulier-{i + 1:D3}", [ClientRole.RocarsDriver], null, name + " LTD"));
        }

        clients.Add(Client("hist-cnsw", [ClientRole.RocarsMainlandSingleWindow], null, "CHINA SINGLE WINDOW"));
        return new HistoryClients(clients);
    }

    public static string AirlineKey(Carrier airline)
    {
        ArgumentNullException.ThrowIfNull(airline);
        return "hist-air-" + airline.Code.ToLowerInvariant();
    }

    /// <summary>
    /// The keys as <c>Clients:&lt;i&gt;:…</c> configuration entries from index <paramref name="firstIndex"/> on, so
    /// that a local run can put them after the sample keys (<c>Clients:0..6</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string?> Configuration(int firstIndex = 0)
    {
        var entries = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < All.Count; i++)
        {
            var client = All[i];
            var at = "Clients:" + (firstIndex + i).ToString(CultureInfo.InvariantCulture);
            entries[at + ":Key"] = client.Key;
            Add(entries, at + ":Roles", client.Roles.Select(r => r.ToString()));
            Add(entries, at + ":BrNumbers", client.BrNumbers);
            Add(entries, at + ":CarrierCodes", client.CarrierCodes);
            Add(entries, at + ":AirWaybillPrefixes", client.AirWaybillPrefixes);
            if (client.EdifactPartyId is not null)
            {
                entries[at + ":EdifactPartyId"] = client.EdifactPartyId;
            }
        }

        return entries;
    }

    private IReadOnlyList<HistoryClient> Having(ClientRole role) => All.Where(c => c.Roles.Contains(role)).ToList();

    private static string Branch(int i, int names) => i < names ? "" : "BRANCH " + (i / names).ToString(CultureInfo.InvariantCulture);

    private static HistoryClient Client(
        string key, IReadOnlyList<ClientRole> roles, string? partyId, string company,
        IReadOnlyList<string>? brs = null, IReadOnlyList<string>? carriers = null, IReadOnlyList<string>? prefixes = null) =>
        new(key, roles, brs ?? [], carriers ?? [], prefixes ?? [], partyId, company);

    private static void Add(Dictionary<string, string?> entries, string path, IEnumerable<string> values)
    {
        var i = 0;
        foreach (var value in values)
        {
            entries[path + ":" + i.ToString(CultureInfo.InvariantCulture)] = value;
            i++;
        }
    }
}
