using System.Security.Cryptography;
using System.Text;
using Dapper;
using Strangler.Core.Store.Database;
using Strangler.Migration.Backfill;

namespace Strangler.Migration.Tests.Support;

/// <summary>A new-core store with the backfill's tables, on a SQLite file or a PostgreSQL database, and what tests read back from it.</summary>
public sealed class CoreStore : IDisposable
{
    private readonly string? _folder;

    private CoreStore(CoreDatabase database, string? folder)
    {
        Database = database;
        _folder = folder;
    }

    public CoreDatabase Database { get; }

    public static async Task<CoreStore> SqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "strangler-backfill-core-" + Guid.NewGuid().ToString("N"));
        var store = new CoreStore(new CoreDatabase(CoreStoreProvider.Sqlite, $"Data Source={Path.Combine(folder, "core.db")}"), folder);
        await BackfillSchema.MigrateAsync(store.Database);
        return store;
    }

    public static async Task<CoreStore> PostgresAsync(string connectionString)
    {
        var store = new CoreStore(new CoreDatabase(CoreStoreProvider.Postgres, connectionString), null);
        await BackfillSchema.MigrateAsync(store.Database);
        return store;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    /// <summary>Row counts of every core and backfill table and a SHA-256 over every stored version and document head.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var connection = await Database.OpenAsync();
        var text = new StringBuilder();
        foreach (var table in new[] { "core_document", "core_document_version", "core_document_event", "migration_checkpoint", "migration_quarantine", "migration_conflict" })
        {
            text.Append(table).Append('=').Append(await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}")).Append('\n');
        }

        var rows = await connection.QueryAsync<string>(
            """
            SELECT d.reference || '|' || d.current_version || '|' || d.status || '|' || v.version_no || '|' || v.checksum
              FROM core_document d JOIN core_document_version v ON v.document_id = d.id
            """);
        foreach (var row in rows.Order(StringComparer.Ordinal))
        {
            text.Append(row).Append('\n');
        }

        var events = await connection.QueryAsync<string>(
            "SELECT d.reference || '|' || e.version_no || '|' || e.kind FROM core_document_event e JOIN core_document d ON d.id = e.document_id");
        foreach (var row in events.Order(StringComparer.Ordinal))
        {
            text.Append(row).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Every checkpoint row but its completed_at, one line each, by chunk id.</summary>
    public async Task<IReadOnlyList<string>> CheckpointsAsync()
    {
        await using var connection = await Database.OpenAsync();
        var rows = await connection.QueryAsync<CheckpointRow>(
            """
            SELECT chunk_id AS ChunkId, unit AS Unit, interface AS Interface, day AS Day, documents AS Documents, inserted AS Inserted,
                   skipped AS Skipped, conflicts AS Conflicts, quarantined AS Quarantined, legacy_watermark AS Watermark
              FROM migration_checkpoint ORDER BY chunk_id
            """);
        return [.. rows.Select(r =>
            $"{r.ChunkId} {r.Unit} {r.Interface} {r.Day} documents={r.Documents} inserted={r.Inserted} skipped={r.Skipped} " +
            $"conflicts={r.Conflicts} quarantined={r.Quarantined} watermark={(r.Watermark is null ? "-" : StoredTime.Read(r.Watermark).ToString("O"))}")];
    }

    public void Dispose()
    {
        Database.Dispose();
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

#pragma warning disable CA1812 // instantiated by Dapper
    private sealed class CheckpointRow
    {
        public string ChunkId { get; set; } = "";

        public string Unit { get; set; } = "";

        public string Interface { get; set; } = "";

        public string Day { get; set; } = "";

        public int Documents { get; set; }

        public int Inserted { get; set; }

        public int Skipped { get; set; }

        public int Conflicts { get; set; }

        public int Quarantined { get; set; }

        public object? Watermark { get; set; }
    }
#pragma warning restore CA1812
}
