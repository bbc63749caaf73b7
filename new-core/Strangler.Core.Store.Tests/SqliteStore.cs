using Microsoft.Data.Sqlite;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Store.Tests;

/// <summary>A migrated core store in a SQLite file of its own, deleted afterwards.</summary>
public sealed class SqliteStore : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "strangler-core-store-" + Guid.NewGuid().ToString("N"));

    public CoreDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = new CoreDatabase(new CoreStoreOptions
        {
            Provider = "sqlite",
            ConnectionString = $"Data Source={Path.Combine(_folder, "core.db")};Pooling=False",
        });
        await Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
