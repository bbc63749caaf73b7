using System.Net;
using Strangler.Contracts.Http.Queries;

namespace Strangler.Contracts.Http.Tests;

public sealed class QueryTests : IAsyncLifetime
{
    private static readonly QueryParameter[] Feed = [QueryParameter.Cursor(), QueryParameter.PageSize()];
    private GateApp _app = null!;

    public async Task InitializeAsync() => _app = await GateApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("", "after=0;max=100")]
    [InlineData("?after=7", "after=7;max=100")]
    [InlineData("?max=500&after=000000012", "after=12;max=500")]
    [InlineData("?max=1&other=x&other=y", "after=0;max=1")]
    [InlineData("?AFTER=x&Max=-1", "after=0;max=100")]
    [InlineData("?after=%31%32", "after=12;max=100")]
    public async Task Listed_parameters_get_their_values_or_defaults_and_unlisted_ones_are_ignored(string query, string expected)
    {
        using var client = _app.Client();
        var response = await client.GetAsync("gets/v1/acknowledgements" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("?after=1&after=1")]
    [InlineData("?after=")]
    [InlineData("?after")]
    [InlineData("?after=-1")]
    [InlineData("?after=+1")]
    [InlineData("?after=1.0")]
    [InlineData("?after=1234567890")]
    [InlineData("?after=%EF%BC%91")]
    [InlineData("?max=0")]
    [InlineData("?max=501")]
    [InlineData("?max=1e2")]
    [InlineData("?max= 5")]
    public async Task A_repeated_empty_non_digit_or_out_of_range_listed_parameter_is_answered_400_with_an_empty_body(string query)
    {
        using var client = _app.Client();
        await GateTests.AssertEmpty(await client.GetAsync("gets/v1/acknowledgements" + query), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_400_check_comes_after_the_401_check()
    {
        using var client = _app.Client("nobody");
        await GateTests.AssertEmpty(await client.GetAsync("gets/v1/acknowledgements?max=0"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void Query_parameters_can_be_read_without_http()
    {
        Assert.True(QueryParameters.TryRead("?after=5", Feed, out var values));
        Assert.Equal(5, values["after"]);
        Assert.Equal(100, values["max"]);
        Assert.False(QueryParameters.TryRead("max=600", Feed, out _));
        Assert.Throws<KeyNotFoundException>(() => values["other"]);
    }
}
