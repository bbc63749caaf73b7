namespace Strangler.Testing;

/// <summary>A fresh database of its own for one test class, dropped (WITH (FORCE)) afterwards.</summary>
public sealed class PostgresDatabaseFixture : PostgresFixture
{
    protected override async Task<string> CreateAsync(PostgresServer server, string name)
    {
        await ExecuteAsync(server, $"CREATE DATABASE {Quote(name)}");
        return server.ConnectionStringFor(name);
    }

    protected override Task DropAsync(PostgresServer server, string name) =>
        ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)");
}
