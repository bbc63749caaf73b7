using System.Net;
using System.Net.Http.Headers;

namespace Strangler.Contracts.Http.Tests;

/// <summary>The gate over real HTTP: each code, empty bodies, and the order 401, 415, 413, 400, 404, 405.</summary>
public sealed class GateTests : IAsyncLifetime
{
    private const int Limit = 1_048_576;
    private GateApp _app = null!;

    public async Task InitializeAsync() => _app = await GateApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("unknown-key")]
    [InlineData("test-msc")] // EMAN carrier: no GETS role
    [InlineData("")]
    public async Task A_missing_unknown_or_roleless_key_is_answered_401_with_an_empty_body(string? key)
    {
        using var client = _app.Client(key);
        var response = await client.PostAsync("gets/v1/messages", Bodies.Text("UNA"));
        await AssertEmpty(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_repeated_api_key_header_is_answered_401()
    {
        using var client = _app.Client(null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "gets/v1/messages") { Content = Bodies.Text("x") };
        request.Headers.TryAddWithoutValidation(ContractHeaders.ApiKey, ["test-tradelink", "test-tradelink"]);
        await AssertEmpty(await client.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_401_check_comes_before_every_other_check_and_before_routing()
    {
        using var client = _app.Client("unknown");
        await AssertEmpty(await client.PostAsync("gets/v1/messages", Bodies.Text("x", "text/plain")), HttpStatusCode.Unauthorized);
        await AssertEmpty(await client.GetAsync("gets/v1/nowhere"), HttpStatusCode.Unauthorized);
        await AssertEmpty(await client.GetAsync("gets/v1/acknowledgements?max=0"), HttpStatusCode.Unauthorized);
        await AssertEmpty(await client.PostAsync("GETS/v1/messages", Bodies.Text("x")), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Each_interface_admits_only_keys_with_one_of_its_roles()
    {
        using var cathay = _app.Client("test-cathay");
        Assert.Equal(HttpStatusCode.OK, (await cathay.PostAsync("accs/v1/messages", Bodies.Text("FWB/16", "text/plain"))).StatusCode);
        using var driver = _app.Client("test-driver");
        Assert.Equal(HttpStatusCode.OK, (await driver.PostAsync("rocars/xml/v1/aci", Bodies.Text("<a/>", "application/xml"))).StatusCode);
        await AssertEmpty(await driver.PostAsync("accs/v1/messages", Bodies.Text("FWB/16", "text/plain")), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/edifact; charset=iso-8859-1")]
    [InlineData("application/edifact; charset=utf-16")]
    [InlineData("application/edifactx")]
    public async Task A_wrong_content_type_is_answered_415_with_an_empty_body(string contentType)
    {
        using var client = _app.Client();
        await AssertEmpty(await client.PostAsync("gets/v1/messages", Bodies.Text("x", contentType)), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_post_without_content_type_is_answered_415()
    {
        using var client = _app.Client();
        await AssertEmpty(await client.PostAsync("gets/v1/messages", Bodies.Text("x", null)), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/edifact")]
    [InlineData("APPLICATION/EDIFACT")]
    [InlineData("Application/Edifact; charset=UTF-8")]
    [InlineData("application/edifact; charset=\"utf-8\"; version=4")]
    public async Task The_content_type_compares_case_insensitively_and_ignores_parameters_but_charset(string contentType)
    {
        using var client = _app.Client();
        var response = await client.PostAsync("gets/v1/messages", Bodies.Text("abc", contentType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("test-tradelink;2026-11-26T12:00:00.000+08:00;3;client", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("gzip", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("identity, gzip", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("identity", HttpStatusCode.OK)]
    [InlineData("IDENTITY", HttpStatusCode.OK)]
    public async Task A_content_encoding_other_than_identity_is_answered_415(string encoding, HttpStatusCode expected)
    {
        using var client = _app.Client();
        var content = Bodies.Text("abc");
        content.Headers.TryAddWithoutValidation("Content-Encoding", encoding);
        var response = await client.PostAsync("gets/v1/messages", content);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_needs_no_content_type()
    {
        using var client = _app.Client();
        var response = await client.GetAsync("gets/v1/declarations/TD1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/edifact", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task The_415_check_comes_before_the_413_check()
    {
        using var client = _app.Client();
        await AssertEmpty(await client.PostAsync("gets/v1/messages", Bodies.Bytes(new byte[Limit + 1], "text/plain")), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_accepted_and_one_byte_more_is_answered_413()
    {
        using var client = _app.Client();
        var atLimit = await client.PostAsync("gets/v1/messages", Bodies.Bytes(new byte[Limit]));
        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.EndsWith($";{Limit};client", await atLimit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertEmpty(await client.PostAsync("gets/v1/messages", Bodies.Bytes(new byte[Limit + 1])), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_answered_413()
    {
        using var client = _app.Client();
        await AssertEmpty(await client.PostAsync("gets/v1/messages", Bodies.Chunked(Limit + 10)), HttpStatusCode.RequestEntityTooLarge);
        var small = await client.PostAsync("gets/v1/messages", Bodies.Chunked(100));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task The_413_check_comes_before_the_400_check()
    {
        using var client = _app.Client();
        await AssertEmpty(await client.PostAsync("gets/v1/acknowledgements?max=0", Bodies.Bytes(new byte[Limit + 1])), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unknown_path_under_the_prefix_is_answered_404_with_an_empty_body()
    {
        using var client = _app.Client();
        await AssertEmpty(await client.GetAsync("gets/v1/nowhere"), HttpStatusCode.NotFound);
        await AssertEmpty(await client.PostAsync("gets/v2/messages", Bodies.Text("x")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_not_found_answer_of_a_handler_keeps_an_empty_body()
    {
        using var client = _app.Client();
        await AssertEmpty(await client.GetAsync("gets/v1/declarations/missing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_on_a_known_path_is_answered_405_with_an_empty_body()
    {
        using var client = _app.Client();
        await AssertEmpty(await client.GetAsync("gets/v1/messages"), HttpStatusCode.MethodNotAllowed);
        await AssertEmpty(await client.DeleteAsync("gets/v1/declarations/TD1"), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_path_outside_the_interfaces_is_not_gated_and_keeps_problem_details()
    {
        using var client = _app.Client(null);
        var response = await client.GetAsync("outside");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    internal static async Task AssertEmpty(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
