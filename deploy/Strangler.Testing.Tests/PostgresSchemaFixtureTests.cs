using Npgsql;
using Strangler.Testing;
using static Strangler.Testing.Tests.PostgresDatabaseFixtureTests;

namespace Strangler.Testing.Tests;

public sealed class PostgresSchemaFixtureTests
{
    [Fact]
    public async Task Tables_without_a_schema_name_land_in_the_fixtures_own_schema()
    {
        await using var started = await StartedAsync(new PostgresSchemaFixture());

        await ExecuteAsync(started.Fixture, "CREATE TABLE bundle (id int)");

        Assert.Equal(started.Fixture.Name, await ScalarAsync<string>(started.Fixture, "SELECT current_schema()"));
        Assert.Equal(started.Fixture.Name, await ScalarAsync<string>(started.Fixture, "SELECT schemaname::text FROM pg_tables WHERE tablename = 'bundle' AND schemaname LIKE 'strangler_test_%' AND schemaname = current_schema()"));
    }

    [Fact]
    public async Task Table_created_in_one_schema_is_not_visible_in_the_other()
    {
        await using var first = await StartedAsync(new PostgresSchemaFixture());
        await using var second = await StartedAsync(new PostgresSchemaFixture());

        await ExecuteAsync(first.Fixture, "CREATE TABLE bundle (id int)");

        var missing = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<long>(second.Fixture, "SELECT count(*) FROM bundle"));
        Assert.Equal(PostgresErrorCodes.UndefinedTable, missing.SqlState);
    }

    [Fact]
    public async Task Schema_is_dropped_with_its_tables_on_dispose()
    {
        var fixture = new PostgresSchemaFixture();
        await fixture.InitializeAsync();
        await ExecuteAsync(fixture, "CREATE TABLE bundle (id int)");

        await fixture.DisposeAsync();

        await using var command = fixture.Server.AdminDataSource.CreateCommand("SELECT count(*) FROM pg_namespace WHERE nspname = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = fixture.Name });
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}
