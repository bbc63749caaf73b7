using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Testing;
using Strangler.Facade.Mirroring;
using Strangler.Facade.Testing;

namespace Strangler.Facade.Tests;

/// <summary>Client-supplied facade headers, air cargo through the facade, health and metrics.</summary>
public abstract class EdgeTests<TStack>(TStack stack) : IClassFixture<TStack>
    where TStack : StranglerStack
{
    [Theory]
    [InlineData("legacy")]
    [InlineData("shadow")]
    public async Task Facade_headers_sent_by_a_client_are_dropped_and_change_nothing(string stage)
    {
        await stack.Facade.SetStageAsync("road", stage);
        var now = stack.Clock.GetUtcNow();
        var forged = "C" + now.ToOffset(TimeSpan.FromHours(8)).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "49999999";
        using var request = new HttpRequestMessage(HttpMethod.Post, "rocars/xml/v1/aci")
        {
            Content = new ByteArrayContent(Contract.Vary(Contract.Sample("rocars/01-aci-accepted.xml", now), ("ACI-0001", "HDR-" + Guid.NewGuid().ToString("N")[..10]))),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/xml");
        request.Headers.Add("X-Strangler-Facade", StranglerStack.Credential);
        request.Headers.Add("X-Strangler-Issued", $"aci={forged}0");
        request.Headers.Add("X-Strangler-Received-At", "2020-01-01T00:00:00+08:00");
        using var response = await stack.Facade.Client("test-shipper").SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Status>ACCEPTED</Status>", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(forged, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("2020-01-01", answer, StringComparison.Ordinal);
        Assert.Contains(now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Air_waybills_are_mirrored_in_shadow_and_compared()
    {
        await stack.Facade.SetStageAsync("air", "shadow");
        var store = stack.Facade.Services.GetRequiredService<ComparisonStore>();
        var existing = await store.ListAsync("air", null, 0, 100_000);
        var after = existing.Count == 0 ? 0 : existing[^1].Id;
        var (status, answer) = await Contract.PostAsync(stack.Facade.Client("test-cathay"), "accs/v1/messages",
            ContractSamples.Read("accs/01-fwb-accepted.txt", stack.Clock.GetUtcNow()), "text/plain");
        Assert.Equal(200, status);
        Assert.StartsWith("FMA/1", answer, StringComparison.Ordinal);
        var records = await Eventually.Get(() => store.ListAsync("air", null, after, 100), r => r.Any(c => c.SecondaryStatus is not null), "the FWB's comparison");
        var record = records.First();
        Assert.Equal("legacy", record.PrimarySide);
        Assert.Equal("Fwb", record.MessageType);
        var (read, _) = await Contract.GetAsync(stack.Facade.Client("test-cathay"), "accs/v1/status/160-12345675");
        Assert.True(read is 200 or 404);
        await stack.Facade.SetStageAsync("air", "legacy");
    }

    [Fact]
    public async Task Health_answers_without_a_token_and_metrics_report_per_unit_and_side()
    {
        using var anonymous = stack.Facade.Admin(token: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("healthz")).StatusCode);
        await stack.Facade.SetStageAsync("road", "shadow");
        await Road.LodgeAsync(stack.Facade.Client("test-shipper"), stack.Clock.GetUtcNow(), "MT-" + Guid.NewGuid().ToString("N")[..10]);
        using var auditor = stack.Facade.Admin(StranglerStack.AuditorToken);
        var metrics = await Eventually.Get(() => auditor.GetStringAsync("metrics"), m => m.Contains("role=\"mirror\"", StringComparison.Ordinal), "mirror metrics");
        Assert.Contains("facade_requests", metrics, StringComparison.Ordinal);
        Assert.Contains("unit=\"road\"", metrics, StringComparison.Ordinal);
        Assert.Contains("facade_request_duration", metrics, StringComparison.Ordinal);
        Assert.Contains("facade_mirror_queue_depth", metrics, StringComparison.Ordinal);
    }
}

public sealed class SqliteEdgeTests(SqliteStack stack) : EdgeTests<SqliteStack>(stack);

public sealed class PostgresEdgeTests(PostgresStack stack) : EdgeTests<PostgresStack>(stack);
