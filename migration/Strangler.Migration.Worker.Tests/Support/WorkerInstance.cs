using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Strangler.Migration.Backfill;
using Strangler.Migration.Worker.Progress;
using Strangler.Migration.Worker.Scheduling;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Migration.Worker.Tests.Support;

/// <summary>A real worker host on a free loopback port, with the tests' runner, and HTTP clients for both roles.</summary>
internal sealed class WorkerInstance : IAsyncDisposable
{
    public const string OperatorToken = "operator-token-for-worker-tests";
    public const string AuditorToken = "auditor-token-for-worker-tests";

    private readonly WebApplication _app;
    private bool _stopped;

    private WorkerInstance(WebApplication app, Uri address)
    {
        _app = app;
        Operator = Client(address, OperatorToken);
        Auditor = Client(address, AuditorToken);
        Anonymous = Client(address, null);
    }

    public HttpClient Operator { get; }

    public HttpClient Auditor { get; }

    public HttpClient Anonymous { get; }

    public static Task<WorkerInstance> StartAsync(SchedulerProvider provider, string connectionString, IChunkRunner runner, int concurrency = 2) =>
        StartAsync(provider, connectionString, concurrency, builder => builder.Services.AddSingleton(runner));

    /// <summary>A worker whose services <paramref name="configure"/> completes (the real engine, or a test runner).</summary>
    public static async Task<WorkerInstance> StartAsync(
        SchedulerProvider provider, string connectionString, int concurrency, Action<WebApplicationBuilder> configure)
    {
        var app = WorkerHost.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Migration:Scheduler:Provider"] = provider.ToString(),
                ["Migration:Scheduler:ConnectionString"] = connectionString,
                ["Migration:Scheduler:Concurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Migration:Scheduler:IdleWaitTime"] = "00:00:01",
                ["Migration:Scheduler:ClusterCheckinInterval"] = "00:00:01",
                ["Migration:Scheduler:ClusterCheckinMisfireThreshold"] = "00:00:01",
                ["Admin:Users:0:Name"] = "op",
                ["Admin:Users:0:Role"] = AdminRoles.Operator,
                ["Admin:Users:0:TokenSha256"] = AdminAuthentication.HashOf(OperatorToken),
                ["Admin:Users:1:Name"] = "aud",
                ["Admin:Users:1:Role"] = AdminRoles.Auditor,
                ["Admin:Users:1:TokenSha256"] = AdminAuthentication.HashOf(AuditorToken),
            });
            configure(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WorkerInstance(app, new Uri(address));
    }

    public async Task<UnitProgress> ProgressAsync(string unit) =>
        (await Operator.GetFromJsonAsync<UnitProgress>($"/admin/v1/backfill/{unit}"))!;

    public async Task<IReadOnlyList<ChunkProgress>> ChunksAsync(string unit, string? state = null) =>
        (await Operator.GetFromJsonAsync<List<ChunkProgress>>($"/admin/v1/backfill/{unit}/chunks" + (state is null ? "" : $"?state={state}")))!;

    public async Task PostAsync(string path, object? body = null)
    {
        using var answer = await Operator.PostAsJsonAsync(path, body);
        Assert.True(answer.IsSuccessStatusCode, $"{path}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }

    /// <summary>Waits until the unit's progress satisfies <paramref name="done"/> (a guard of 90 s, not a measurement).</summary>
    public async Task<UnitProgress> WaitForAsync(string unit, Func<UnitProgress, bool> done)
    {
        var progress = await ProgressAsync(unit);
        for (var i = 0; i < 450 && !done(progress); i++)
        {
            await Task.Delay(200);
            progress = await ProgressAsync(unit);
        }

        Assert.True(done(progress), $"progress never reached the expected state: {progress}");
        return progress;
    }

    /// <summary>Stops the host without waiting for running chunks (a worker going away mid-chunk).</summary>
    public async Task StopWithoutWaitingAsync()
    {
        _stopped = true;
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        try
        {
            await _app.StopAsync(soon.Token);
        }
        catch (OperationCanceledException)
        {
            // The stop was not waited for: that is the point.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Operator.Dispose();
        Auditor.Dispose();
        Anonymous.Dispose();
        if (!_stopped)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
    }

    private static HttpClient Client(Uri address, string? token)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
