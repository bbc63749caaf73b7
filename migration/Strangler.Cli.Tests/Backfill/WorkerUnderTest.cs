using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Cli.Tests.Stages;
using Strangler.Migration.Backfill;
using Strangler.Migration.Worker;
using Strangler.ServiceDefaults.Admin;

namespace Strangler.Cli.Tests.Backfill;

/// <summary>
/// A real migration worker on a free loopback port (Quartz and progress tables in a SQLite file of its own, the tests'
/// chunk runner), with an operator and an auditor, and a way to run <c>strangler</c> against it.
/// </summary>
internal sealed class WorkerUnderTest : IAsyncDisposable
{
    public const string OperatorToken = "cli-worker-operator-token";
    public const string AuditorToken = "cli-worker-auditor-token";

    private readonly WebApplication _app;
    private readonly string _directory;

    private WorkerUnderTest(WebApplication app, string url, string directory)
    {
        _app = app;
        Url = url;
        _directory = directory;
    }

    public string Url { get; }

    public static Task<WorkerUnderTest> StartAsync(IChunkRunner runner, int concurrency = 2) =>
        StartAsync(builder => builder.Services.AddSingleton(runner), concurrency);

    /// <summary>A worker whose engine <paramref name="engine"/> registers (the real one from configuration, or a test runner).</summary>
    public static async Task<WorkerUnderTest> StartAsync(Action<WebApplicationBuilder> engine, int concurrency = 2)
    {
        var directory = Directory.CreateTempSubdirectory("strangler-cli-worker-").FullName;
        var app = WorkerHost.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Migration:Scheduler:Provider"] = "Sqlite",
                ["Migration:Scheduler:ConnectionString"] = $"Data Source={Path.Combine(directory, "scheduler.db")};Default Timeout=60",
                ["Migration:Scheduler:Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
                ["Migration:Scheduler:IdleWaitTime"] = "00:00:01",
                ["Admin:Users:0:Name"] = "op",
                ["Admin:Users:0:Role"] = AdminRoles.Operator,
                ["Admin:Users:0:TokenSha256"] = AdminAuthentication.HashOf(OperatorToken),
                ["Admin:Users:1:Name"] = "aud",
                ["Admin:Users:1:Role"] = AdminRoles.Auditor,
                ["Admin:Users:1:TokenSha256"] = AdminAuthentication.HashOf(AuditorToken),
                ["Logging:LogLevel:Default"] = "Warning",
            });
            engine(builder);
        });
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WorkerUnderTest(app, url, directory);
    }

    /// <summary><c>strangler …</c> with this worker's URL in <c>STRANGLER_WORKER_URL</c> and the token in <c>STRANGLER_TOKEN</c>.</summary>
    public CliRun Run(string? token, params string[] args) =>
        CliRun.Start(args, name => name switch
        {
            "STRANGLER_WORKER_URL" => Url,
            "STRANGLER_TOKEN" => token,
            _ => null,
        }, TimeProvider.System);

    /// <summary>The unit's progress as <c>status unit --json</c> prints it.</summary>
    public JsonElement Progress(string unit)
    {
        var run = Run(OperatorToken, "backfill", "status", unit, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.Clone();
    }

    /// <summary>Polls the unit until <paramref name="done"/> holds (a guard of 90 s, not a measurement).</summary>
    public async Task<JsonElement> WaitForAsync(string unit, Func<JsonElement, bool> done)
    {
        var progress = Progress(unit);
        for (var i = 0; i < 450 && !done(progress); i++)
        {
            await Task.Delay(200);
            progress = Progress(unit);
        }

        Assert.True(done(progress), $"progress never reached the expected state: {progress}");
        return progress;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pool may still hold the file for a moment; the temp folder is the system's to clean.
        }
    }
}
