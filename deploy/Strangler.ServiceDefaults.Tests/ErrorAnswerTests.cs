using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Strangler.ServiceDefaults.Errors;

namespace Strangler.ServiceDefaults.Tests;

public sealed class ErrorAnswerTests
{
    private const string Secret = "connection string Password=hunter2";

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Endpoint_that_throws_is_answered_500_problem_json_without_the_exception_text(string environment)
    {
        var builder = TestService.CreateBuilder(environment);
        builder.AddServiceDefaults();
        await using var service = await TestService.StartAsync(builder, app =>
            app.MapGet("/boom", string () => throw new InvalidOperationException(Secret)));

        using var response = await service.Client.GetAsync(new Uri("/boom", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task Unhandled_exception_is_logged_once_with_the_stable_event_id()
    {
        var captured = new CapturedLogs();
        var builder = TestService.CreateBuilder();
        builder.AddServiceDefaults();
        builder.Logging.AddProvider(captured);
        await using var service = await TestService.StartAsync(builder, app =>
            app.MapGet("/boom", string () => throw new InvalidOperationException(Secret)));

        using var response = await service.Client.GetAsync(new Uri("/boom", UriKind.Relative));

        var errors = captured.Entries.Where(entry => entry.Level >= LogLevel.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Equal(ServiceEvents.UnhandledException, error.EventId.Id);
        Assert.Equal("UnhandledException", error.EventId.Name);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal("Unhandled exception in GET /boom; answered 500", error.Message);
    }

    [Fact]
    public async Task Unknown_path_is_answered_404_problem_json()
    {
        var builder = TestService.CreateBuilder();
        builder.AddServiceDefaults();
        await using var service = await TestService.StartAsync(builder);

        using var response = await service.Client.GetAsync(new Uri("/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Legacy_interface_paths_keep_empty_error_bodies()
    {
        var builder = TestService.CreateBuilder(settings: ("ServiceDefaults:EmptyErrorBodyPathPrefixes:0", "/gets"));
        builder.AddServiceDefaults();
        await using var service = await TestService.StartAsync(builder, app =>
            app.MapGet("/gets/declarations", () => Results.StatusCode(StatusCodes.Status401Unauthorized)));

        using var unauthorised = await service.Client.GetAsync(new Uri("/gets/declarations", UriKind.Relative));
        using var unknown = await service.Client.GetAsync(new Uri("/gets/nothing-here", UriKind.Relative));
        using var elsewhere = await service.Client.GetAsync(new Uri("/getsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Empty(await unauthorised.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(await unknown.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/problem+json", elsewhere.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Body_over_the_configured_limit_is_answered_413()
    {
        var builder = TestService.CreateBuilder(settings: ("ServiceDefaults:MaxRequestBodySize", "100"));
        builder.AddServiceDefaults();
        await using var service = await TestService.StartAsync(builder, app =>
            app.MapPost("/echo", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                return (await reader.ReadToEndAsync()).Length;
            }));

        using var small = await service.Client.PostAsync(new Uri("/echo", UriKind.Relative), new StringContent(new string('x', 100), Encoding.UTF8));
        using var large = await service.Client.PostAsync(new Uri("/echo", UriKind.Relative), new StringContent(new string('x', 101), Encoding.UTF8));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal("100", await small.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("application/problem+json", large.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Default_body_limit_is_the_contracts_1_048_576_bytes()
    {
        var builder = TestService.CreateBuilder();
        builder.AddServiceDefaults();
        using var app = builder.Build();

        var kestrel = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>();
        Assert.Equal(1_048_576, kestrel.Value.Limits.MaxRequestBodySize);
    }
}
