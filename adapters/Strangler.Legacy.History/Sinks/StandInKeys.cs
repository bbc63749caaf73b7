using Strangler.Contracts.Http.Clients;
using Strangler.Legacy.History.Clients;

namespace Strangler.Legacy.History.Sinks;

/// <summary>The <c>Clients</c> configuration a stand-in gets for a generation, and the local run gets too: the sample keys, then the history's.</summary>
public static class StandInKeys
{
    public static IReadOnlyDictionary<string, string?> Configuration(HistoryClients clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var sampleCount = SampleClients.Configuration.Keys.Count(k => k.EndsWith(":Key", StringComparison.OrdinalIgnoreCase));
        var entries = new Dictionary<string, string?>(SampleClients.Configuration, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in clients.Configuration(sampleCount))
        {
            entries[key] = value;
        }

        return entries;
    }
}
