using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Strangler.Facade.ControlPlane;

/// <summary>
/// The control plane's database (stages, change log, comparisons, mirror outbox), shared by every facade replica on
/// PostgreSQL; one SQLite file for the embedded default. Times are stored as Unix milliseconds on both.
/// </summary>
public sealed class ControlPlaneDatabase : IDisposable
{
    private readonly SemaphoreSlim _sqliteWriteGate = new(1, 1);
    private readonly NpgsqlDataSource? _postgres;

    public ControlPlaneDatabase(ControlPlaneProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = connectionString;
        _postgres = provider == ControlPlaneProvider.Postgres ? NpgsqlDataSource.Create(connectionString) : null;
    }

    public ControlPlaneProvider Provider { get; }

    public string ConnectionString { get; }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (Provider == ControlPlaneProvider.Sqlite)
        {
            await PrepareSqliteAsync(cancellationToken);
        }

        Schema.ControlPlaneMigrator.MigrateUp(Provider, ConnectionString);
    }

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
            pragma.CommandText = "PRAGMA busy_timeout = 30000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>One transaction, committed when <paramref name="write"/> returns; SQLite writers queue in-process.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var gated = Provider == ControlPlaneProvider.Sqlite;
        if (gated)
        {
            await _sqliteWriteGate.WaitAsync(cancellationToken);
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: false)
                : await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            if (gated)
            {
                _sqliteWriteGate.Release();
            }
        }
    }

    /// <summary>Whether <paramref name="exception"/> is a unique-key violation (a concurrent writer won).</summary>
    public static bool IsUniqueViolation(Exception exception) => exception switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        _ => false,
    };

    public void Dispose()
    {
        _sqliteWriteGate.Dispose();
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
}
