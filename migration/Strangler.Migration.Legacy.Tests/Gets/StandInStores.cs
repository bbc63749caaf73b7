using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Strangler.Facade.Testing;
using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Platform.Store;
using Strangler.Legacy.Platform.Testing;

namespace Strangler.Migration.Legacy.Tests.Gets;

/// <summary>A stand-in on its own store (SQLite or PostgreSQL) fed directly, and its store read with a reader.</summary>
internal static class StandInStores
{
    public static readonly DateTimeOffset Noon = StranglerStack.Noon;

    public static readonly DateOnly Day = new(2026, 11, 26);

    public static Task<StandInTestHost> StartAsync<T>(StoreKind store)
        where T : IStandIn, new() => StandInTestHost.StartAsync<T>(store, new FakeTimeProvider(Noon));

    public static async Task<string> PostAsync(StandInTestHost host, string path, string key, byte[] body)
    {
        using var client = host.CreateClient(key);
        var (status, answer) = await Contract.PostAsync(client, path, body, "application/edifact");
        Assert.Equal(200, status);
        Assert.DoesNotContain("ERC+", answer, StringComparison.Ordinal);
        return answer;
    }

    public static async Task<List<LegacyRead>> ReadAsync(StandInTestHost host, ILegacyDocumentReader reader)
    {
        await using var connection = await host.Services.GetRequiredService<LegacyDatabase>().OpenAsync();
        return await LegacyParity.ReadAllAsync(reader, connection, LegacySelection.Day(Day));
    }

    public static async Task ExecuteAsync(StandInTestHost host, string sql)
    {
        await using DbConnection connection = await host.Services.GetRequiredService<LegacyDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
