using System.Net;

namespace Strangler.Contracts.Http.Tests;

/// <summary>X-Strangler-* headers: honoured only from the facade, received-at from the clock otherwise.</summary>
public sealed class FacadeTests : IAsyncLifetime
{
    private GateApp _app = null!;

    public async Task InitializeAsync() => _app = await GateApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Received_at_is_the_clock_in_hong_kong_time_truncated_to_whole_seconds()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 15, 59, 59, 999, TimeSpan.Zero));
        Assert.Equal("test-tradelink;2026-11-26T23:59:59.000+08:00;1;client", await PostAsync(new()));
    }

    [Fact]
    public async Task The_facade_headers_are_honoured_from_the_facade()
    {
        var answer = await PostAsync(new()
        {
            [ContractHeaders.Facade] = "facade-secret",
            [ContractHeaders.ReceivedAt] = "2026-11-20T08:30:15+08:00",
            [ContractHeaders.Issued] = "M1=TD12611200000007; aci=C26112012345678X",
            [ContractHeaders.AnswerRef] = "R012345678901",
        });
        Assert.Equal("test-tradelink;2026-11-20T08:30:15.000+08:00;1;facade;issued=M1=TD12611200000007,aci=C26112012345678X;answerRef=R012345678901", answer);
    }

    [Fact]
    public async Task The_facade_without_extra_headers_gets_the_clock_and_an_empty_context()
    {
        var answer = await PostAsync(new() { [ContractHeaders.Facade] = "facade-secret" });
        Assert.Equal("test-tradelink;2026-11-26T12:00:00.000+08:00;1;facade;issued=;answerRef=", answer);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("facade-secre")]
    [InlineData("")]
    public async Task The_facade_headers_of_any_other_caller_are_ignored(string presented)
    {
        var answer = await PostAsync(new()
        {
            [ContractHeaders.Facade] = presented,
            [ContractHeaders.ReceivedAt] = "2026-11-20T08:30:15+08:00",
            [ContractHeaders.Issued] = "M1=TD12611200000007",
        });
        Assert.Equal("test-tradelink;2026-11-26T12:00:00.000+08:00;1;client", answer);
    }

    [Theory]
    [InlineData(ContractHeaders.ReceivedAt, "2026-11-20T08:30:15Z")]
    [InlineData(ContractHeaders.ReceivedAt, "2026-11-20T08:30:15.5+08:00")]
    [InlineData(ContractHeaders.ReceivedAt, "2026-11-20 08:30:15+08:00")]
    [InlineData(ContractHeaders.Issued, "M1")]
    [InlineData(ContractHeaders.Issued, "M1=A; M1=B")]
    [InlineData(ContractHeaders.Issued, "=A")]
    [InlineData(ContractHeaders.AnswerRef, "R 1")]
    public async Task A_malformed_header_from_the_facade_is_answered_400(string header, string value)
    {
        using var client = _app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "gets/v1/messages") { Content = Bodies.Text("x") };
        request.Headers.Add(ContractHeaders.Facade, "facade-secret");
        request.Headers.TryAddWithoutValidation(header, value);
        await GateTests.AssertEmpty(await client.SendAsync(request), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Without_a_configured_credential_nobody_is_the_facade()
    {
        await using var app = await GateApp.StartAsync(new Dictionary<string, string?> { ["Facade:Credential"] = "" });
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "gets/v1/messages") { Content = Bodies.Text("x") };
        request.Headers.Add(ContractHeaders.Facade, "");
        request.Headers.Add(ContractHeaders.ReceivedAt, "2026-11-20T08:30:15+08:00");
        var response = await client.SendAsync(request);
        Assert.Equal("test-tradelink;2026-11-26T12:00:00.000+08:00;1;client", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_clock_offset_shifts_received_at()
    {
        await using var app = await GateApp.StartAsync(new Dictionary<string, string?> { ["Clock:Offset"] = "-05:30:00" });
        using var client = app.Client();
        var response = await client.PostAsync("gets/v1/messages", Bodies.Text("x"));
        Assert.Equal("test-tradelink;2026-11-26T06:30:00.000+08:00;1;client", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> PostAsync(Dictionary<string, string> headers)
    {
        using var client = _app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "gets/v1/messages") { Content = Bodies.Text("x") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
