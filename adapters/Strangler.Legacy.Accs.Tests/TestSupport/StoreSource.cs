using Npgsql;
using Strangler.Legacy.Platform.Testing;
using Strangler.Testing;

namespace Strangler.Legacy.Accs.Tests.TestSupport;

/// <summary>Where a test's fresh ACCS store lives: a SQLite file, or a PostgreSQL schema of its own.</summary>
public abstract class StoreSource
{
    public static StoreSource Sqlite { get; } = new SqliteSource();

    public static StoreSource Postgres { get; } = new PostgresSource();

    public abstract Task<StoreLease> LeaseAsync();

    private sealed class SqliteSource : StoreSource
    {
        public override Task<StoreLease> LeaseAsync() => Task.FromResult(new StoreLease(StoreKind.Sqlite, () => Task.CompletedTask));
    }

    // One database per test (FluentMigrator's PostgreSQL runner creates tables in public, whatever the search path), dropped afterwards.
    private sealed class PostgresSource : StoreSource
    {
        public override async Task<StoreLease> LeaseAsync()
        {
            var server = await PostgresServer.GetAsync();
            var database = "accs_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(server, $"CREATE DATABASE {database}");
            return new StoreLease(
                StoreKind.Postgres(server.ConnectionStringFor(database)),
                () => ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)"));
        }

        private static async Task ExecuteAsync(PostgresServer server, string sql)
        {
            await using var connection = new NpgsqlConnection(server.AdminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>A store for one test; disposing removes it.</summary>
public sealed class StoreLease(StoreKind kind, Func<Task> release) : IAsyncDisposable
{
    public StoreKind Kind { get; } = kind;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await release();
    }
}
