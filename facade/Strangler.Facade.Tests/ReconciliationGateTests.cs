using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.CodeLists;
using Strangler.Facade.Gates;

namespace Strangler.Facade.Tests;

/// <summary>
/// The "backfill reconciled" gate against a loopback HTTP service answering as the migration worker's
/// <c>/admin/v1/reconciliation/{unit}</c> does (the worker's own tests run the gate against the real worker): it passes
/// only on a fresh reconciled status, sends the configured token, and fails, saying why, on anything else.
/// </summary>
public sealed class ReconciliationGateTests : IAsyncLifetime
{
    private const string Token = "worker-read-token";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private WebApplication _worker = null!;
    private string _url = "";
    private (int Status, string Body) _answer;
    private string? _authorization;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _worker = builder.Build();
        _worker.MapGet("/admin/v1/reconciliation/{unit}", (HttpContext context) =>
        {
            _authorization = context.Request.Headers.Authorization;
            return Results.Content(_answer.Body, "application/json", statusCode: _answer.Status);
        });
        await _worker.StartAsync();
        _url = _worker.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    [Fact]
    public async Task A_fresh_reconciled_status_passes_and_the_token_is_sent()
    {
        _answer = (200, Status(true, "no unexplained difference: 10 legacy and 10 core records, 0 quarantined records accepted", Now.AddHours(-3)));

        var check = await Gate(_url).CheckAsync(CutoverUnit.Road, default);

        Assert.Equal(new GateCheck("backfill-reconciled", "no unexplained difference, reconciled within 26 h",
            "reconciled 2026-11-27 08:00 HKT: no unexplained difference: 10 legacy and 10 core records, 0 quarantined records accepted", true, true), check);
        Assert.Equal("Bearer " + Token, _authorization);
    }

    [Fact]
    public async Task A_status_with_differences_fails_with_the_workers_reason()
    {
        _answer = (200, Status(false, "2 unexplained differences: 1 missing, 0 extra, 1 differing, 0 duplicated, 0 quarantined not accepted", Now.AddHours(-1)));

        var check = await Gate(_url).CheckAsync(CutoverUnit.Sea, default);

        Assert.Equal((false, true), (check.Passed, check.Evaluated));
        Assert.Equal("not reconciled: 2 unexplained differences: 1 missing, 0 extra, 1 differing, 0 duplicated, 0 quarantined not accepted", check.Actual);
    }

    [Fact]
    public async Task A_reconciliation_older_than_the_allowed_age_fails()
    {
        _answer = (200, Status(true, "no unexplained difference", Now.AddHours(-27)));

        var check = await Gate(_url).CheckAsync(CutoverUnit.Air, default);

        Assert.Equal((false, true, "the latest reconciliation (2026-11-26 08:00 HKT) is older than 26 h"), (check.Passed, check.Evaluated, check.Actual));
    }

    [Theory]
    [InlineData(500, "{}", "the migration worker answered 500")]
    [InlineData(403, "{}", "the migration worker answered 403")]
    [InlineData(200, "not json", "the migration worker could not be asked: ")]
    [InlineData(200, "null", "the migration worker gave no status")]
    [InlineData(200, """{"reconciled":true,"reason":"odd","latest":null}""", "not reconciled: odd")]
    public async Task Any_other_answer_fails_the_gate(int status, string body, string actual)
    {
        _answer = (status, body);

        var check = await Gate(_url).CheckAsync(CutoverUnit.Rail, default);

        Assert.Equal((false, true), (check.Passed, check.Evaluated));
        Assert.StartsWith(actual, check.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_worker_fails_the_gate_and_no_worker_configured_leaves_it_not_evaluated()
    {
        var port = new Uri(_url).Port;
        await _worker.StopAsync();

        var unreachable = await Gate($"http://127.0.0.1:{port}").CheckAsync(CutoverUnit.Road, default);
        var none = await Gate("").CheckAsync(CutoverUnit.Road, default);

        Assert.Equal((false, true), (unreachable.Passed, unreachable.Evaluated));
        Assert.StartsWith("the migration worker could not be asked: ", unreachable.Actual, StringComparison.Ordinal);
        Assert.Equal(new GateCheck("backfill-reconciled", "no unexplained difference", "no migration worker configured", false, false), none);
    }

    private ReconciliationGate Gate(string url)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(ReconciliationGate.HttpClientName);
        var options = new FacadeOptions();
        options.Gates.Reconciliation.WorkerUrl = url;
        options.Gates.Reconciliation.Token = Token;
        return new ReconciliationGate(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), Options.Create(options), _clock);
    }

    private static string Status(bool reconciled, string reason, DateTimeOffset finished) =>
        System.Text.Json.JsonSerializer.Serialize(new { unit = "road", reconciled, reason, latest = new { finishedAt = finished } });

    public async Task DisposeAsync() => await _worker.DisposeAsync();
}
