using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Clients;
using Strangler.Legacy.History.Clients;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Tests.Generation;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Tests.Clients;

public sealed class HistoryClientsTests
{
    [Fact]
    public void Configuration_entries_have_the_platform_shape_and_follow_the_sample_keys()
    {
        var clients = new HistoryGenerator(SmallHistory.Plan()).Clients;

        var entries = StandInKeys.Configuration(clients);

        Assert.Equal("test-tradelink", entries["Clients:0:Key"]);
        Assert.Equal("hist-gets-1", entries["Clients:7:Key"]);
        Assert.Equal("GetsDeclarant", entries["Clients:7:Roles:0"]);
        Assert.Equal("HISTGETS1", entries["Clients:7:EdifactPartyId"]);
        Assert.Equal(clients.ServiceProviders[0].BrNumbers[0], entries["Clients:7:BrNumbers:0"]);
        Assert.Contains(entries, e => e.Key.EndsWith(":AirWaybillPrefixes:0", StringComparison.Ordinal) && e.Value == "*");
    }

    [Fact]
    public async Task The_stand_ins_accept_the_keys_as_valid_client_configuration_with_the_authority_the_history_needs()
    {
        var folder = Directory.CreateTempSubdirectory("strangler-history-keys-").FullName;
        var clients = new HistoryGenerator(SmallHistory.Plan()).Clients;
        await using (var sink = await StandInSink.CreateAsync(new HistoryStore(HistoryStore.Sqlite, folder), clients, [HistoryInterface.Gets]))
        {
            var services = sink.ServicesOf(HistoryInterface.Gets);
            var options = services.GetRequiredService<IOptions<ClientKeysOptions>>().Value;
            Assert.All(services.GetServices<IValidateOptions<ClientKeysOptions>>(), v => Assert.True(v.Validate(null, options).Succeeded));
            Assert.Equal(7 + clients.All.Count, options.Keys.Count);
            foreach (var client in clients.All)
            {
                var known = services.GetRequiredService<IClientKeys>().Find(client.Key)!;
                var expected = client.ToAuthority();
                Assert.Equal((expected.Roles, expected.EdifactPartyId, expected.AllAirWaybillPrefixes), (known.Roles, known.EdifactPartyId, known.AllAirWaybillPrefixes));
                Assert.Equal(expected.BrNumbers.Order(), known.BrNumbers.Order());
                Assert.Equal(expected.CarrierCodes.Order(), known.CarrierCodes.Order());
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Every_trader_is_served_by_exactly_one_service_provider_and_shipping_agents_carry_sea_and_river()
    {
        var clients = new HistoryGenerator(SmallHistory.Plan()).Clients;

        var brs = clients.ServiceProviders.SelectMany(p => p.BrNumbers).ToList();
        Assert.Equal(brs.Count, brs.Distinct().Count());
        Assert.Equal(SmallHistory.Plan().Pools.Traders, brs.Count);
        var agent = clients["hist-sea-agent-1"];
        Assert.Contains("MSCU", agent.CarrierCodes);
        Assert.Contains("PRDR", agent.CarrierCodes);
        Assert.Equal(ClientRole.RocarsMainlandSingleWindow, Assert.Single(clients.MainlandSingleWindow.Roles));
    }
}
