using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Http.Clients;
using Strangler.Contracts.Testing;

namespace Strangler.Contracts.Http.Tests;

public sealed class ClientKeyTests
{
    [Fact]
    public void The_sample_configuration_gives_exactly_the_sample_keys()
    {
        var keys = Build(SampleClients.Configuration);
        foreach (var expected in SampleClientKeys.All)
        {
            var actual = keys.Find(expected.Key);
            Assert.NotNull(actual);
            Assert.Equal(expected.Roles, actual.Roles);
            Assert.Equal(expected.BrNumbers.Order(), actual.BrNumbers.Order());
            Assert.Equal(expected.CarrierCodes.Order(), actual.CarrierCodes.Order());
            Assert.Equal(expected.AirWaybillPrefixes.Order(), actual.AirWaybillPrefixes.Order());
            Assert.Equal(expected.AllAirWaybillPrefixes, actual.AllAirWaybillPrefixes);
            Assert.Equal(expected.EdifactPartyId, actual.EdifactPartyId);
        }
    }

    [Fact]
    public void An_unknown_or_null_key_is_not_found_and_keys_compare_exactly()
    {
        var keys = Build(SampleClients.Configuration);
        Assert.Null(keys.Find(null));
        Assert.Null(keys.Find("TEST-TRADELINK"));
        Assert.Null(keys.Find("test-tradelink "));
        Assert.True(keys.Find("test-hactl")!.MayActForPrefix("999"));
        Assert.True(keys.Find("test-cathay")!.Has(ClientRole.AccsAirline | ClientRole.EmanCarrier));
    }

    [Theory]
    [InlineData("Clients:0:Roles:0", "GetsDeclarer", "not a role")]
    [InlineData("Clients:0:Roles:0", "1", "not a role")]
    [InlineData("Clients:0:BrNumbers:0", "1234567", "not 8 digits")]
    [InlineData("Clients:0:AirWaybillPrefixes:0", "16", "neither 3 digits")]
    [InlineData("Clients:1:Key", "test-tradelink", "repeats")]
    [InlineData("Clients:0:Key", " padded", "white space")]
    public void A_bad_client_key_entry_stops_the_start_naming_it(string path, string value, string message)
    {
        var settings = new Dictionary<string, string?>(SampleClients.Configuration) { [path] = value };
        var failure = Assert.Throws<OptionsValidationException>(() => Build(settings));
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    private static IClientKeys Build(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddContractHttp(ContractInterface.Gets);
        var provider = builder.Services.BuildServiceProvider();
        _ = provider.GetRequiredService<IOptions<ClientKeysOptions>>().Value;
        return provider.GetRequiredService<IClientKeys>();
    }
}
