using Strangler.Core.Store.Database;
using Strangler.Testing;

namespace Strangler.Core.Store.Tests;

/// <summary>A migrated core store in a PostgreSQL database of its own (see <see cref="PostgresDatabaseFixture"/>).</summary>
public sealed class PostgresStore : IAsyncLifetime
{
    private readonly PostgresDatabaseFixture _database = new();

    public CoreDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Database = new CoreDatabase(new CoreStoreOptions { Provider = "Postgres", ConnectionString = _database.ConnectionString });
        await Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        Database.Dispose();
        await _database.DisposeAsync();
    }
}
