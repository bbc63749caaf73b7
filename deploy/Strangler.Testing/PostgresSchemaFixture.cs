using Npgsql;

namespace Strangler.Testing;

/// <summary>
/// A schema of its own in the server's default database, set as the connections' search path; cheaper than
/// a database, for tests that need isolation but not a whole database. Dropped (CASCADE) afterwards.
/// </summary>
public sealed class PostgresSchemaFixture : PostgresFixture
{
    protected override async Task<string> CreateAsync(PostgresServer server, string name)
    {
        await ExecuteAsync(server, $"CREATE SCHEMA {Quote(name)}");
        // Npgsql connects to the database named like the user when none is given.
        var admin = new NpgsqlConnectionStringBuilder(server.AdminConnectionString);
        var database = admin.Database ?? admin.Username ?? "postgres";
        return server.ConnectionStringFor(database, searchPath: name);
    }

    protected override Task DropAsync(PostgresServer server, string name) =>
        ExecuteAsync(server, $"DROP SCHEMA IF EXISTS {Quote(name)} CASCADE");
}
