using Strangler.Legacy.Platform.Testing;
using Strangler.Testing;

namespace Strangler.Legacy.Gets.Tests;

/// <summary>Every HTTP test of the stand-in runs on a fresh store, once on SQLite and once on PostgreSQL (the two classes below).</summary>
public abstract partial class GetsStandInTests : IAsyncLifetime
{
    private GetsHost? gets;

    internal GetsHost Gets => gets ?? throw new InvalidOperationException("Not started.");

    protected abstract Task<StoreKind> CreateStoreAsync();

    protected virtual Task DropStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => gets = await GetsHost.StartAsync(await CreateStoreAsync());

    public async Task DisposeAsync()
    {
        if (gets is not null)
        {
            await gets.DisposeAsync();
        }

        await DropStoreAsync();
    }
}

public sealed class GetsStandInOnSqlite : GetsStandInTests
{
    protected override Task<StoreKind> CreateStoreAsync() => Task.FromResult(StoreKind.Sqlite);
}

public sealed class GetsStandInOnPostgres : GetsStandInTests
{
    private readonly PostgresDatabaseFixture database = new();

    protected override async Task<StoreKind> CreateStoreAsync()
    {
        await database.InitializeAsync();
        return StoreKind.Postgres(database.ConnectionString);
    }

    protected override Task DropStoreAsync() => database.DisposeAsync();
}
