using Npgsql;
using Strangler.Testing;

namespace Strangler.Testing.Tests;

public sealed class PostgresDatabaseFixtureTests
{
    [Fact]
    public async Task Two_fixtures_get_different_fresh_databases()
    {
        await using var first = await StartedAsync(new PostgresDatabaseFixture());
        await using var second = await StartedAsync(new PostgresDatabaseFixture());

        Assert.NotEqual(first.Fixture.Name, second.Fixture.Name);
        Assert.Equal(first.Fixture.Name, await ScalarAsync<string>(first.Fixture, "SELECT current_database()"));
        Assert.Equal(second.Fixture.Name, await ScalarAsync<string>(second.Fixture, "SELECT current_database()"));
        Assert.Equal(0L, await ScalarAsync<long>(first.Fixture, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Fact]
    public async Task Table_created_in_one_database_is_not_visible_in_the_other()
    {
        await using var first = await StartedAsync(new PostgresDatabaseFixture());
        await using var second = await StartedAsync(new PostgresDatabaseFixture());

        await ExecuteAsync(first.Fixture, "CREATE TABLE consignment (ccrn text PRIMARY KEY); INSERT INTO consignment VALUES ('C1')");

        Assert.Equal(1L, await ScalarAsync<long>(first.Fixture, "SELECT count(*) FROM consignment"));
        var missing = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<long>(second.Fixture, "SELECT count(*) FROM consignment"));
        Assert.Equal(PostgresErrorCodes.UndefinedTable, missing.SqlState);
    }

    [Fact]
    public async Task Database_is_dropped_on_dispose_even_with_a_connection_still_open()
    {
        var fixture = new PostgresDatabaseFixture();
        await fixture.InitializeAsync();
        var server = fixture.Server;
        // An unpooled connection that stays open: the drop must force it closed.
        var lingering = new NpgsqlConnection(fixture.ConnectionString + ";Pooling=false");
        await lingering.OpenAsync();

        await fixture.DisposeAsync();

        await using var command = server.AdminDataSource.CreateCommand("SELECT count(*) FROM pg_database WHERE datname = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = fixture.Name });
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync(lingering, "SELECT 1"));
        await lingering.DisposeAsync();
    }

    [Fact]
    public void Fixture_used_before_initialisation_says_so()
    {
        var fixture = new PostgresDatabaseFixture();

        var failure = Assert.Throws<InvalidOperationException>(() => fixture.ConnectionString);

        Assert.Contains("IClassFixture", failure.Message, StringComparison.Ordinal);
    }

    internal static async Task<Started> StartedAsync(PostgresFixture fixture)
    {
        await fixture.InitializeAsync();
        return new Started(fixture);
    }

    internal static async Task<T> ScalarAsync<T>(PostgresFixture fixture, string sql)
    {
        await using var connection = await fixture.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    internal static async Task ExecuteAsync(PostgresFixture fixture, string sql)
    {
        await using var connection = await fixture.OpenConnectionAsync();
        await ExecuteAsync(connection, sql);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Disposes a fixture at the end of a test, as xUnit does after the class.</summary>
    internal sealed class Started(PostgresFixture fixture) : IAsyncDisposable
    {
        public PostgresFixture Fixture { get; } = fixture;

        public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();
    }
}
