using Npgsql;
using Strangler.Legacy.Platform.Testing;
using Strangler.Testing;

namespace Strangler.Legacy.Eman.Tests.Http;

/// <summary>A fresh store per test: a temporary SQLite file (made by the host), or a PostgreSQL database of its own.</summary>
public sealed class EmanStore : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _database;

    private EmanStore(StoreKind kind, string? adminConnectionString, string? database)
    {
        Kind = kind;
        _adminConnectionString = adminConnectionString;
        _database = database;
    }

    public StoreKind Kind { get; }

    public static Task<EmanStore> SqliteAsync() => Task.FromResult(new EmanStore(StoreKind.Sqlite, null, null));

    public static async Task<EmanStore> PostgresAsync()
    {
        var server = await PostgresServer.GetAsync();
        var database = "eman_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE {database}");
        return new EmanStore(StoreKind.Postgres(server.ConnectionStringFor(database)), server.AdminConnectionString, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
