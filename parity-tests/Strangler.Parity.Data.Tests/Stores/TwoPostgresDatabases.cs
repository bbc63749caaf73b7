using Strangler.Testing;

namespace Strangler.Parity.Data.Tests.Stores;

/// <summary>Two fresh databases on the test server: legacy in one, core in the other, reached by two connections.</summary>
public sealed class TwoPostgresDatabases : IAsyncLifetime
{
    public PostgresDatabaseFixture Legacy { get; } = new();

    public PostgresDatabaseFixture Core { get; } = new();

    public async Task InitializeAsync()
    {
        await Legacy.InitializeAsync();
        await Core.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Legacy.DisposeAsync();
        await Core.DisposeAsync();
    }
}
