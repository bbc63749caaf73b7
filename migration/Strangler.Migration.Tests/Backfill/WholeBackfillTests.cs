using Xunit.Abstractions;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Backfill;
using Strangler.Migration.Legacy;
using Strangler.Migration.Tests.Support;

namespace Strangler.Migration.Tests.Backfill;

[Collection(LegacyHistoryCollection.Name)]
public sealed class WholeBackfillTests(LegacyHistory history, ITestOutputHelper output)
{
    [Fact]
    public void A_plan_has_a_chunk_per_interface_and_day_in_day_order()
    {
        var plan = BackfillPlan.For(CutoverUnit.Air, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3));

        Assert.Equal(
            ["air-gets-20260302", "air-eman-20260302", "air-rocars-20260302", "air-accs-20260302",
             "air-gets-20260303", "air-eman-20260303", "air-rocars-20260303", "air-accs-20260303"],
            plan.Select(c => c.Id));
    }

    [Fact]
    public async Task After_every_unit_is_backfilled_into_sqlite_the_store_parity_of_every_unit_and_day_is_reconciled()
    {
        using var core = await CoreStore.SqliteAsync();
        var runner = new ChunkRunner(core.Database, history.Stores, TimeProvider.System);

        var outcomes = await Backfilling.RunAllAsync(runner, LegacyHistory.FirstDay, history.LastDay);

        var stored = await core.CountAsync("core_document_version");
        output.WriteLine($"{outcomes.Count} chunks, {outcomes.Sum(o => o.Documents)} documents, {stored} versions, " +
            $"{outcomes.Sum(o => o.Elapsed.TotalMilliseconds):0} ms (legacy reads {outcomes.Sum(o => o.LegacyRead.TotalMilliseconds):0} ms)");
        Assert.Equal(outcomes.Sum(o => o.Inserted), stored);
        Assert.Equal(0, outcomes.Sum(o => o.Conflicts + o.Quarantined));
        Assert.Empty(await Backfilling.UnreconciledAsync(history.Stores, core.Database, LegacyHistory.FirstDay, history.LastDay));
        // Chunks of an interface that keeps no document of the unit's mode are empty, not missing.
        Assert.All(outcomes.Where(o => o.Chunk.Interface == SourceInterface.Rocars && o.Chunk.Unit != CutoverUnit.Road), o => Assert.Equal(0, o.Documents));
        Assert.Equal(Backfilling.Units.Length * LegacyReaders.All.Count * 2, (await core.CheckpointsAsync()).Count);
    }
}
