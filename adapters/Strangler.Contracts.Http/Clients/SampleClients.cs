namespace Strangler.Contracts.Http.Clients;

/// <summary>
/// The seven client keys of contracts/samples/README.md as configuration entries (<c>Clients:0:Key</c> …):
/// the test and Development configuration of every implementation. Never for production.
/// </summary>
public static class SampleClients
{
    public static IReadOnlyDictionary<string, string?> Configuration { get; } = Build();

    private static Dictionary<string, string?> Build()
    {
        var entries = new (string Key, string[] Roles, string[] Brs, string[] Carriers, string[] Prefixes, string? Party)[]
        {
            ("test-tradelink", ["GetsDeclarant"], ["12345678"], [], [], "TRADELINK01"),
            ("test-msc", ["EmanCarrier"], [], ["MSCU", "PRDR"], [], "MSCUAGENT"),
            ("test-cathay", ["EmanCarrier", "AccsAirline"], [], ["CX"], ["160"], "CXCARGO"),
            ("test-hactl", ["AccsTerminalOperator"], [], [], ["*"], null),
            ("test-shipper", ["RocarsShipper"], [], [], [], null),
            ("test-driver", ["RocarsDriver"], [], [], [], null),
            ("test-cnsw", ["RocarsMainlandSingleWindow"], [], [], [], null),
        };

        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Length; i++)
        {
            var (key, roles, brs, carriers, prefixes, party) = entries[i];
            var at = $"{ClientKeysOptions.SectionName}:{i}";
            configuration[$"{at}:Key"] = key;
            Add(configuration, $"{at}:Roles", roles);
            Add(configuration, $"{at}:BrNumbers", brs);
            Add(configuration, $"{at}:CarrierCodes", carriers);
            Add(configuration, $"{at}:AirWaybillPrefixes", prefixes);
            if (party is not null)
            {
                configuration[$"{at}:EdifactPartyId"] = party;
            }
        }

        return configuration;
    }

    private static void Add(Dictionary<string, string?> configuration, string path, string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            configuration[$"{path}:{i}"] = values[i];
        }
    }
}
