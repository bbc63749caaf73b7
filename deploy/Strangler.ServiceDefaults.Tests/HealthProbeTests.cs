using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Strangler.ServiceDefaults.Health;

namespace Strangler.ServiceDefaults.Tests;

public sealed class HealthProbeTests
{
    [Fact]
    public async Task Healthy_service_answers_200_with_each_check_status_on_all_three_probes()
    {
        var builder = TestService.CreateBuilder();
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Healthy("reachable"), [HealthTags.Ready]);
        await using var service = await TestService.StartAsync(builder);

        var all = await GetJsonAsync(service, "/healthz", HttpStatusCode.OK);
        Assert.Equal("Healthy", all.GetProperty("status").GetString());
        Assert.Equal("Healthy", all.GetProperty("checks").GetProperty("self").GetProperty("status").GetString());
        Assert.Equal("reachable", all.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());

        var live = await GetJsonAsync(service, "/healthz/live", HttpStatusCode.OK);
        Assert.Equal(["self"], CheckNames(live));

        var ready = await GetJsonAsync(service, "/healthz/ready", HttpStatusCode.OK);
        Assert.Equal(["database"], CheckNames(ready));
    }

    [Fact]
    public async Task Failing_ready_check_makes_ready_and_all_503_while_live_stays_200()
    {
        var builder = TestService.CreateBuilder();
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy("no connection"), [HealthTags.Ready]);
        await using var service = await TestService.StartAsync(builder);

        var ready = await GetJsonAsync(service, "/healthz/ready", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", ready.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

        await GetJsonAsync(service, "/healthz", HttpStatusCode.ServiceUnavailable);
        var live = await GetJsonAsync(service, "/healthz/live", HttpStatusCode.OK);
        Assert.Equal("Healthy", live.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Check_that_throws_is_reported_unhealthy_without_its_exception_text()
    {
        var builder = TestService.CreateBuilder();
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("broken", () => throw new InvalidOperationException("secret-password-42"), [HealthTags.Ready]);
        await using var service = await TestService.StartAsync(builder);

        using var response = await service.Client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"broken\":{\"status\":\"Unhealthy\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-password-42", body, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetJsonAsync(TestService service, string path, HttpStatusCode expected)
    {
        using var response = await service.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static string[] CheckNames(JsonElement report) =>
        report.GetProperty("checks").EnumerateObject().Select(check => check.Name).Order(StringComparer.Ordinal).ToArray();
}
