using Npgsql;
using Testcontainers.PostgreSql;

namespace Strangler.Testing;

/// <summary>
/// The PostgreSQL server of this test process, found once and shared: the server named by
/// <c>STRANGLER_PG</c>, else a Testcontainers container where a Docker engine answers. Test classes get
/// their own database or schema on it through <see cref="PostgresDatabaseFixture"/> and <see cref="PostgresSchemaFixture"/>.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>An Npgsql connection string of a server where the tests may create databases.</summary>
    public const string EnvironmentVariable = "STRANGLER_PG";

    /// <summary>The image Testcontainers runs (any server from 13 on will do: the fixtures use DROP DATABASE … WITH (FORCE)).</summary>
    public const string ContainerImage = "postgres:17-alpine";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(
        () => LocateAsync(Environment.GetEnvironmentVariable(EnvironmentVariable), DockerEngine.AnswersAsync));

    private PostgresServer(string adminConnectionString, string origin)
    {
        AdminConnectionString = adminConnectionString;
        Origin = origin;
        AdminDataSource = NpgsqlDataSource.Create(adminConnectionString);
    }

    /// <summary>A connection string with the right to create and drop databases (its own database is left alone).</summary>
    public string AdminConnectionString { get; }

    /// <summary>Where the server came from, for messages: <c>STRANGLER_PG</c> or <c>Testcontainers (image)</c>.</summary>
    public string Origin { get; }

    internal NpgsqlDataSource AdminDataSource { get; }

    /// <summary>The server of this process; the first call finds or starts it, later calls get the same one (or the same failure).</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>The admin connection string pointed at another database of the same server.</summary>
    public string ConnectionStringFor(string database, string? searchPath = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database };
        if (searchPath is not null)
        {
            builder.SearchPath = searchPath;
        }

        return builder.ConnectionString;
    }

    internal static async Task<PostgresServer> LocateAsync(string? connectionString, Func<CancellationToken, Task<bool>> dockerAnswers)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return await ConnectAsync(connectionString, EnvironmentVariable);
        }

        if (await dockerAnswers(CancellationToken.None))
        {
            return await StartContainerAsync();
        }

        throw new PostgresUnavailableException(UnavailableMessage);
    }

    internal const string UnavailableMessage =
        "No PostgreSQL server for the tests: " + EnvironmentVariable + " is not set and no Docker engine answers. "
        + "Get one in any of these ways: "
        + "(1) run the tests with ./test.sh at the repository root, which starts a throwaway local PostgreSQL; "
        + "(2) install Debian's PostgreSQL (apt-get install postgresql) so that ./test.sh can find initdb and pg_ctl; "
        + "(3) set " + EnvironmentVariable + " to an Npgsql connection string of a server where the tests may create databases, "
        + "e.g. " + EnvironmentVariable + "='Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres'; "
        + "(4) start a Docker engine, and Testcontainers will run " + ContainerImage + ".";

    private static async Task<PostgresServer> ConnectAsync(string connectionString, string origin)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException invalid)
        {
            throw new PostgresUnavailableException($"{EnvironmentVariable} is not a valid Npgsql connection string: {invalid.Message}", invalid);
        }

        // Fail in seconds, not after the default 15 s, when the named server is not there.
        if (builder.Timeout > 5)
        {
            builder.Timeout = 5;
        }

        var server = new PostgresServer(builder.ConnectionString, origin);
        try
        {
            await using var command = server.AdminDataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync();
            return server;
        }
        catch (Exception failure) when (failure is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            await server.AdminDataSource.DisposeAsync();
            throw new PostgresUnavailableException(
                $"The PostgreSQL server named by {origin} ({builder.Host}:{builder.Port}) did not answer ({failure.Message.TrimEnd('.')}). "
                + $"Start it, or unset {EnvironmentVariable} and run ./test.sh, which starts a throwaway one.",
                failure);
        }
    }

    private static async Task<PostgresServer> StartContainerAsync()
    {
        // The container lives as long as the test process; Testcontainers' reaper removes it when the process ends.
        var container = new PostgreSqlBuilder(ContainerImage).Build();
        try
        {
            await container.StartAsync();
        }
        catch (Exception failure)
        {
            throw new PostgresUnavailableException(
                $"A Docker engine answers, but Testcontainers could not start {ContainerImage}: {failure.Message} " + UnavailableMessage,
                failure);
        }

        return await ConnectAsync(container.GetConnectionString(), $"Testcontainers ({ContainerImage})");
    }
}
