using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Backfill;
using Strangler.Migration.Tests.Support;
using Strangler.Testing;

namespace Strangler.Migration.Tests.Backfill;

[Collection(LegacyHistoryCollection.Name)]
public sealed class PostgresBackfillTests(LegacyHistory history) : IAsyncLifetime
{
    private readonly PostgresDatabaseFixture _postgres = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => _postgres.InitializeAsync();

    public Task DisposeAsync() => _postgres.DisposeAsync();

    [Fact]
    public async Task A_backfill_into_postgresql_is_reconciled_idempotent_and_commits_rows_with_their_checkpoint()
    {
        using var core = await CoreStore.PostgresAsync(_postgres.ConnectionString);
        var runner = new ChunkRunner(core.Database, history.Stores, _clock);

        // A refused checkpoint (a constraint it breaks) takes the chunk's rows with it.
        await core.ExecuteAsync("ALTER TABLE migration_checkpoint ADD CONSTRAINT refuse_checkpoint CHECK (documents < 0)");
        var chunk = new BackfillChunk(CutoverUnit.Road, SourceInterface.Rocars, LegacyHistory.FirstDay);
        var e = await Assert.ThrowsAsync<PostgresException>(() => runner.RunAsync(chunk));
        Assert.True(e.ConstraintName == "refuse_checkpoint", e.Message);
        Assert.Equal((0L, 0L, 0L), (await core.CountAsync("core_document"), await core.CountAsync("core_document_version"), await core.CountAsync("core_document_event")));
        await core.ExecuteAsync("ALTER TABLE migration_checkpoint DROP CONSTRAINT refuse_checkpoint");

        var first = await Backfilling.RunAllAsync(runner, LegacyHistory.FirstDay, history.LastDay);
        var snapshot = await core.SnapshotAsync();
        var checkpoints = await core.CheckpointsAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        var second = await Backfilling.RunAllAsync(runner, LegacyHistory.FirstDay, history.LastDay);

        Assert.True(first.Sum(o => o.Inserted) > 0);
        Assert.Equal(first.Sum(o => o.Inserted), await core.CountAsync("core_document_version"));
        Assert.Equal((0, first.Sum(o => o.Inserted)), (second.Sum(o => o.Inserted), second.Sum(o => o.Skipped)));
        Assert.Equal(snapshot, await core.SnapshotAsync());
        Assert.Equal(checkpoints, await core.CheckpointsAsync());
        Assert.Empty(await Backfilling.UnreconciledAsync(history.Stores, core.Database, LegacyHistory.FirstDay, history.LastDay));
    }
}
