using Strangler.Core.Store.Database;

namespace Strangler.Core.Ingest.Tests;

/// <summary>
/// Two migrated core stores on one provider: <see cref="Online"/> written by the online <c>DocumentWriter</c>,
/// <see cref="Bulk"/> by the bulk ingest, so their rows can be compared under the same references.
/// <see cref="Bulk"/> also has a checkpoint table standing in for the backfill's.
/// </summary>
public abstract class StorePair : IAsyncLifetime
{
    public const string CheckpointTable = "ingest_test_checkpoint";

    public CoreDatabase Online { get; private set; } = null!;

    public CoreDatabase Bulk { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Online, Bulk) = await CreateAsync();
        await Online.MigrateAsync();
        await Bulk.MigrateAsync();
        await Bulk.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"CREATE TABLE {CheckpointTable} (chunk varchar(40) PRIMARY KEY)";
            return await command.ExecuteNonQueryAsync();
        });
    }

    public async Task DisposeAsync()
    {
        Online.Dispose();
        Bulk.Dispose();
        await DropAsync();
    }

    protected abstract Task<(CoreDatabase Online, CoreDatabase Bulk)> CreateAsync();

    protected abstract Task DropAsync();
}
