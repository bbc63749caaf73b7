namespace Strangler.Legacy.Platform.Tests;

/// <summary>A temp SQLite file for one test class, deleted afterwards.</summary>
public sealed class SqliteStoreFixture : IDisposable
{
    public string File { get; } = Path.Combine(Path.GetTempPath(), $"strangler-platform-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={File}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { File, File + "-wal", File + "-shm" })
        {
            System.IO.File.Delete(path);
        }
    }
}
