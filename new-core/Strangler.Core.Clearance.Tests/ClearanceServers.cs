using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.Http.Clients;
using Strangler.Core.Clearance.Rules;
using Strangler.Core.Hosting;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Store.Database;
using Strangler.Core.Testing;

namespace Strangler.Core.Clearance.Tests;

public sealed class SqliteClearanceServer() : SqliteCoreServer(new ClearanceModule());

public sealed class PostgresClearanceServer() : PostgresCoreServer(new ClearanceModule());

/// <summary>The clearance server with random selection switched off (rule-set version 2), so decisions are exact.</summary>
public sealed class SqliteNoRandomServer() : SqliteCoreServer(new ClearanceModule()), IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await NoRandom.ApplyAsync(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}

public sealed class PostgresNoRandomServer() : PostgresCoreServer(new ClearanceModule()), IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await NoRandom.ApplyAsync(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}

internal static class NoRandom
{
    public static async Task ApplyAsync(CoreServer server)
    {
        var set = DefaultRuleSet.Load();
        var problems = await server.Services.GetRequiredService<StoredRuleStore>().ReplaceAsync(
            set with { Version = 2, RandomSelection = set.RandomSelection with { MinimumRate = 0m } }, "tests", "exact decisions in tests");
        Assert.Empty(problems);
    }
}

/// <summary>Another core instance on the database of <paramref name="server"/> (a restart, or a second instance), with its own fake clock.</summary>
internal sealed class SecondHost(CoreServer server) : IAsyncDisposable
{
    private WebApplication? _app;

    public IServiceProvider Services => _app!.Services;

    public async Task StartAsync()
    {
        var database = server.Services.GetRequiredService<CoreDatabase>();
        var settings = new Dictionary<string, string?>(SampleClients.Configuration)
        {
            ["CoreStore:Provider"] = database.Provider.ToString(),
            ["CoreStore:ConnectionString"] = database.ConnectionString,
        };
        _app = CoreHost.Build(["--urls=http://127.0.0.1:0", "--environment=Testing"], [new ClearanceModule()], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(server.Clock.GetUtcNow()));
        });
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
