using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Strangler.Legacy.Platform.Store;

/// <summary>
/// A stand-in's legacy store: provider-neutral connections from <see cref="DbProviderFactory"/> (looked up by
/// invariant name, so another provider can be registered), and write transactions that never fail because
/// another request writes at the same moment: SQLite allows one writer, so writes go through a process-wide
/// gate and <c>BEGIN IMMEDIATE</c>, with WAL so readers are not blocked.
/// </summary>
public sealed class LegacyDatabase : IDisposable
{
    public const string SqliteInvariantName = "Microsoft.Data.Sqlite";
    public const string PostgresInvariantName = "Npgsql";

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly DbProviderFactory _factory;
    private readonly int _busyTimeoutMs;

    static LegacyDatabase()
    {
        DbProviderFactories.RegisterFactory(SqliteInvariantName, SqliteFactory.Instance);
        DbProviderFactories.RegisterFactory(PostgresInvariantName, NpgsqlFactory.Instance);
        HongKongLocalTime.RegisterWithDapper();
    }

    public LegacyDatabase(IOptions<StoreOptions> options)
        : this(options.Value.ParsedProvider, options.Value.ConnectionString ?? "", options.Value.BusyTimeoutSeconds)
    {
    }

    public LegacyDatabase(StoreProvider provider, string connectionString, int busyTimeoutSeconds = 30)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = connectionString;
        _busyTimeoutMs = busyTimeoutSeconds * 1000;
        _factory = DbProviderFactories.GetFactory(provider == StoreProvider.Sqlite ? SqliteInvariantName : PostgresInvariantName);
    }

    public StoreProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>An open connection (for reads); the caller disposes it.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = _factory.CreateConnection() ?? throw new InvalidOperationException("The provider made no connection.");
        connection.ConnectionString = ConnectionString;
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Provider == StoreProvider.Sqlite)
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA foreign_keys = ON;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="read"/> on a fresh connection.</summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = await OpenAsync(cancellationToken);
        return await read(connection);
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction and commits it; an exception rolls everything back and
    /// propagates (the request is answered 5xx and a retry replays only what committed). On PostgreSQL a
    /// statement that fails aborts the whole transaction: use <c>INSERT … ON CONFLICT DO NOTHING</c> for
    /// insert-first claims rather than catching a unique violation mid-transaction.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var gated = Provider == StoreProvider.Sqlite;
        if (gated)
        {
            await _writeGate.WaitAsync(cancellationToken);
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = Provider == StoreProvider.Sqlite
                ? ((SqliteConnection)connection).BeginTransaction(deferred: false) // BEGIN IMMEDIATE: take the write lock now
                : await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            if (gated)
            {
                _writeGate.Release();
            }
        }
    }

    /// <summary>Provider-specific start-up: WAL for SQLite files (persistent, so once is enough).</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        if (Provider != StoreProvider.Sqlite)
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (builder.DataSource is { Length: > 0 } file && builder.Mode != SqliteOpenMode.Memory && file != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>True for a unique or primary key violation on either provider.</summary>
    public static bool IsUniqueViolation(Exception? exception) => UniqueViolation.Is(exception);

    public void Dispose() => _writeGate.Dispose();
}
