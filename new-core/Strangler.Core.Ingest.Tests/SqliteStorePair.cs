using Microsoft.Data.Sqlite;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Ingest.Tests;

/// <summary>Two SQLite files in a folder of their own, deleted afterwards.</summary>
public sealed class SqliteStorePair : StorePair
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "strangler-core-ingest-" + Guid.NewGuid().ToString("N"));

    protected override Task<(CoreDatabase Online, CoreDatabase Bulk)> CreateAsync() =>
        Task.FromResult((Open("online.db"), Open("bulk.db")));

    protected override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private CoreDatabase Open(string file) =>
        new(new CoreStoreOptions { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(_folder, file)};Pooling=False" });
}
