using Strangler.Testing;
using static Strangler.Testing.Tests.PostgresDatabaseFixtureTests;

namespace Strangler.Testing.Tests;

/// <summary>The way test projects use it: xUnit creates the database before the class and drops it after.</summary>
public sealed class ClassFixtureTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Class_fixture_connects_to_its_own_database()
    {
        Assert.Equal(database.Name, await ScalarAsync<string>(database, "SELECT current_database()"));
    }

    [Fact]
    public async Task Class_fixture_connection_string_names_its_database()
    {
        await using var connection = await database.OpenConnectionAsync();

        Assert.Equal(database.Name, connection.Database);
        Assert.Contains(database.Name, database.ConnectionString, StringComparison.Ordinal);
    }
}
