using Dapper;
using Microsoft.Extensions.Time.Testing;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Store.Database;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.Migration.Backfill;
using Strangler.Migration.Legacy;
using Strangler.Migration.Legacy.Eman;
using Strangler.Migration.Legacy.Rocars;
using Strangler.Migration.Tests.Support;
using Strangler.Parity.Data;
using Xunit.Abstractions;

namespace Strangler.Migration.Tests.Backfill;

public sealed class CatchUpTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "strangler-catchup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Amendments_cancellations_and_new_documents_after_the_backfill_are_caught_up_until_parity_is_reconciled_again()
    {
        // EMAN (sea, river, rail, air manifests) and ROCARS (road) through their stand-ins; the history's traffic to
        // them stops at noon of its second day while the whole span is backfilled, then goes on as live traffic would.
        var plan = LegacyHistory.Plan(days: 3) with { Volumes = new ModeVolumes(Road: 30, Air: 4, Sea: 20, River: 4, Rail: 4) };
        var generator = new HistoryGenerator(plan);
        HistoryInterface[] stored = [HistoryInterface.Eman, HistoryInterface.Rocars];
        ILegacyDocumentReader[] readers = [new EmanLegacyReader(), new RocarsLegacyReader()];
        var legacy = LegacyHistory.StoresIn(_folder, readers);
        var pause = await PauseAsync(generator, new DateTimeOffset(plan.FirstDay.ToDateTime(TimeOnly.MinValue), HongKongTime.Offset));
        using var core = await CoreStore.SqliteAsync();
        // The worker's clock stands where legacy's does while it is held: the backfill runs "now", as in production.
        var clock = new FakeTimeProvider(pause);
        var runner = new ChunkRunner(core.Database, legacy, clock);
        var catchUp = new CatchUp(core.Database, legacy, clock);

        await using (var sink = await StandInSink.CreateAsync(new HistoryStore(HistoryStore.Sqlite, _folder), generator.Clients, stored))
        {
            var pausing = new PausingSink(sink, pause, stored);
            var generation = generator.RunAsync(pausing);
            // A guard against a hang should the history hold no traffic after the pause, not a timing assertion.
            await pausing.AllPaused.WaitAsync(TimeSpan.FromMinutes(10));

            var backfilled = await Backfilling.RunAllAsync(runner, plan.FirstDay, plan.LastDay, readers);
            Assert.True(backfilled.Sum(o => o.Inserted) > 0);
            Assert.Empty(await Backfilling.UnreconciledAsync(legacy, core.Database, plan.FirstDay, plan.LastDay));

            pausing.Resume();
            await generation;
        }

        var parity = new Parity.Stores.StoreParity(Parity.Stores.Rules.StoreRuleSet.Declared);
        foreach (var unit in Backfilling.Units)
        {
            var before = await parity.CompareAsync(legacy, core.Database, unit, plan.FirstDay, plan.LastDay);
            var since = await catchUp.WatermarkAsync(unit);
            Assert.NotNull(since);

            var outcome = await catchUp.RunAsync(unit, plan.FirstDay, plan.LastDay, since.Value);

            var after = await parity.CompareAsync(legacy, core.Database, unit, plan.FirstDay, plan.LastDay);
            output.WriteLine($"{unit.Name()}: since {since:O}, {outcome.Documents} changed documents of {before.LegacyRecords} legacy records, " +
                $"{outcome.Inserted} versions in, {outcome.Skipped} skipped; missing before {before.Count(DataDifferenceKind.Missing)}");
            Assert.Equal(before.Differences.Count, before.Count(DataDifferenceKind.Missing));
            Assert.Equal(before.Count(DataDifferenceKind.Missing), outcome.Inserted);
            Assert.Equal((0, 0), (outcome.Conflicts, outcome.Quarantined));
            Assert.True(after.Reconciled, $"{unit.Name()}: {after.Differences.Count} differences after catch-up");
            Assert.True(outcome.Watermark >= since.Value);
            if (unit is CutoverUnit.Road or CutoverUnit.Sea)
            {
                Assert.True(outcome.Inserted > 0, $"{unit.Name()}: nothing to catch up");
                var all = 0;
                foreach (var store in legacy)
                {
                    all += (await LegacyBatch.ReadAsync(store, new LegacySelection(plan.FirstDay, plan.LastDay, unit.Mode()), clock, default)).Documents.Count;
                }

                Assert.True(outcome.Documents < all, $"{unit.Name()}: the catch-up read all {all} documents");
            }

            // Nothing changed since the new watermark but what it saw last: a second pass stores nothing.
            var again = await catchUp.RunAsync(unit, plan.FirstDay, plan.LastDay, outcome.Watermark);
            Assert.Equal(0, again.Inserted);
        }

        // What came in after the pause includes amendments and cancellations of documents lodged before it.
        await using var connection = await core.Database.OpenAsync();
        var late = (await connection.QueryAsync<string>(
            """
            SELECT DISTINCT v.function FROM core_document_version v
              JOIN core_document_version o ON o.document_id = v.document_id AND o.version_no = 1
             WHERE v.received_at >= @pause AND o.received_at < @pause
            """,
            new { pause = StoredTime.Write(CoreStoreProvider.Sqlite, pause) })).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Amendment", "Cancellation"], late);
    }

    /// <summary>
    /// An instant with an amendment and a cancellation of ROCARS or EMAN documents lodged before it (within the backfilled
    /// days) still to come: found
    /// in a run of the same plan without stores (the plan fixes every request's received-at).
    /// </summary>
    private static async Task<DateTimeOffset> PauseAsync(HistoryGenerator generator, DateTimeOffset backfillFrom)
    {
        var lodged = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var changes = new List<(bool Cancellation, string Reference, DateTimeOffset At)>();
        await generator.RunAsync(new SimulatedSink(generator.Clients), observe: exchange =>
        {
            if (exchange.Request.Interface is not (HistoryInterface.Rocars or HistoryInterface.Eman))
            {
                return;
            }

            foreach (var document in exchange.Documents.Where(d => d.Accepted && d.Reference is not null))
            {
                if (document.Intent.Kind.IsAmendment() || document.Intent.Kind.IsCancellation())
                {
                    changes.Add((document.Intent.Kind.IsCancellation(), document.Reference!, exchange.Request.ReceivedAt));
                }
                else
                {
                    lodged.TryAdd(document.Reference!, exchange.Request.ReceivedAt);
                }
            }
        });

        var spans = changes.Where(c => lodged.TryGetValue(c.Reference, out var from) && from >= backfillFrom).Select(c => (c.Cancellation, From: lodged[c.Reference], To: c.At)).ToList();
        if (spans.Count(s => s.Cancellation) == 0 || spans.Count(s => !s.Cancellation) == 0)
        {
            throw new InvalidOperationException($"{changes.Count} changes ({string.Join(", ", changes.Take(4))}), {lodged.Count} lodged ({string.Join(", ", lodged.Keys.Take(4))}), {spans.Count} paired");
        }

        return (from a in spans.Where(s => !s.Cancellation)
                from c in spans.Where(s => s.Cancellation)
                let at = (a.From > c.From ? a.From : c.From).AddSeconds(1)
                where at <= a.To && at <= c.To
                orderby at
                select at).First();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
