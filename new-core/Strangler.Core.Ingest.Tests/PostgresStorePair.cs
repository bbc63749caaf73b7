using Strangler.Core.Store.Database;
using Strangler.Testing;

namespace Strangler.Core.Ingest.Tests;

/// <summary>Two PostgreSQL databases of their own on the test server, dropped afterwards.</summary>
public sealed class PostgresStorePair : StorePair
{
    private readonly PostgresDatabaseFixture _online = new();
    private readonly PostgresDatabaseFixture _bulk = new();

    protected override async Task<(CoreDatabase Online, CoreDatabase Bulk)> CreateAsync()
    {
        await _online.InitializeAsync();
        await _bulk.InitializeAsync();
        return (Open(_online), Open(_bulk));
    }

    protected override async Task DropAsync()
    {
        await _online.DisposeAsync();
        await _bulk.DisposeAsync();
    }

    private static CoreDatabase Open(PostgresDatabaseFixture database) =>
        new(new CoreStoreOptions { Provider = "Postgres", ConnectionString = database.ConnectionString });
}
