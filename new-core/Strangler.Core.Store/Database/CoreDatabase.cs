using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Strangler.Core.Store.Database;

/// <summary>
/// The core's database: connections for either provider, and write transactions that do not fail because another
/// request writes at the same moment. SQLite allows one writer, so writes go through a gate and <c>BEGIN IMMEDIATE</c>
/// (WAL keeps readers unblocked); PostgreSQL writes run concurrently at READ COMMITTED and rely on
/// <c>ON CONFLICT</c> for races.
/// </summary>
public sealed class CoreDatabase : IDisposable
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly NpgsqlDataSource? _postgres;

    public CoreDatabase(CoreStoreOptions options)
        : this(Checked(options).ParsedProvider, options.ConnectionString!)
    {
    }

    public CoreDatabase(CoreStoreProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = connectionString;
        _postgres = provider == CoreStoreProvider.Postgres ? NpgsqlDataSource.Create(connectionString) : null;
    }

    public CoreStoreProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Creates the SQLite file's folder, switches it to WAL, and brings the schema up to date.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => MigrateAsync([], cancellationToken);

    /// <summary>
    /// As <see cref="MigrateAsync(CancellationToken)"/>, also running the migrations of <paramref name="moduleAssemblies"/>
    /// (the core's modules own their tables; their migration numbers are unique across modules).
    /// </summary>
    public async Task MigrateAsync(IEnumerable<System.Reflection.Assembly> moduleAssemblies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(moduleAssemblies);
        if (Provider == CoreStoreProvider.Sqlite)
        {
            await PrepareSqliteAsync(cancellationToken);
        }

        Schema.CoreMigrator.MigrateUp(Provider, ConnectionString, [typeof(CoreDatabase).Assembly, .. moduleAssemblies]);
    }

    /// <summary>An open connection (for reads); the caller disposes it.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="write"/> in one transaction and commits it; an exception rolls it all back and propagates.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var gated = Provider == CoreStoreProvider.Sqlite;
        if (gated)
        {
            await _writeGate.WaitAsync(cancellationToken);
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: false) // BEGIN IMMEDIATE: take the write lock now
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

    public void Dispose()
    {
        _writeGate.Dispose();
        _postgres?.Dispose();
    }

    private async Task PrepareSqliteAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (builder.DataSource is not { Length: > 0 } file || builder.Mode == SqliteOpenMode.Memory || file == ":memory:")
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }

    private static CoreStoreOptions Checked(CoreStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? options : throw new InvalidOperationException(string.Join(" ", problems));
    }
}
