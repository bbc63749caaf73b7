using Npgsql;
using Xunit;

namespace Strangler.Testing;

/// <summary>
/// A place of its own on the shared <see cref="PostgresServer"/> for one test class (use as
/// <c>IClassFixture</c>): created fresh with a unique name before the first test, removed after the last.
/// </summary>
public abstract class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;
    private NpgsqlDataSource? _dataSource;
    private string? _connectionString;

    /// <summary>The unique name of the database or schema, e.g. <c>strangler_test_4f…</c>.</summary>
    public string Name { get; } = "strangler_test_" + Guid.NewGuid().ToString("N");

    /// <summary>The server everything lives on.</summary>
    public PostgresServer Server => _server ?? throw NotInitialised();

    /// <summary>Connects to this fixture's database (and schema).</summary>
    public string ConnectionString => _connectionString ?? throw NotInitialised();

    /// <summary>A pooled data source for <see cref="ConnectionString"/>, disposed with the fixture.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw NotInitialised();

    /// <summary>An open connection to this fixture's database; the caller disposes it.</summary>
    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        DataSource.OpenConnectionAsync(cancellationToken);

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.GetAsync();
        _connectionString = await CreateAsync(_server, Name);
        _dataSource = NpgsqlDataSource.Create(_connectionString);
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            // Closes this fixture's pooled connections before the drop.
            await _dataSource.DisposeAsync();
            _dataSource = null;
        }

        if (_server is not null && _connectionString is not null)
        {
            await DropAsync(_server, Name);
            _connectionString = null;
        }
    }

    /// <summary>Creates the database or schema <paramref name="name"/> and returns the connection string to use it.</summary>
    protected abstract Task<string> CreateAsync(PostgresServer server, string name);

    /// <summary>Removes what <see cref="CreateAsync"/> made, even while connections are still open.</summary>
    protected abstract Task DropAsync(PostgresServer server, string name);

    /// <summary>Runs one statement on the server's admin connection.</summary>
    protected static async Task ExecuteAsync(PostgresServer server, string sql)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var command = server.AdminDataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A double-quoted SQL identifier (names here are generated, this is belt and braces).</summary>
    protected static string Quote(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static InvalidOperationException NotInitialised() =>
        new("The PostgreSQL fixture is not initialised: use it as IClassFixture, or await InitializeAsync() first.");
}
