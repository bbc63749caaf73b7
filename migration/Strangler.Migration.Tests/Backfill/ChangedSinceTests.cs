using Microsoft.Extensions.Time.Testing;
using Strangler.Migration.Backfill;
using Strangler.Migration.Legacy;
using Strangler.Migration.Tests.Support;

namespace Strangler.Migration.Tests.Backfill;

[Collection(LegacyHistoryCollection.Name)]
public sealed class ChangedSinceTests(LegacyHistory history)
{
    [Fact]
    public async Task Every_reader_selects_exactly_the_documents_with_a_version_received_at_or_after_the_instant()
    {
        var clock = new FakeTimeProvider();
        var window = new LegacySelection(LegacyHistory.FirstDay, history.LastDay);
        foreach (var store in history.Stores)
        {
            var all = (await LegacyBatch.ReadAsync(store, window, clock, default)).Documents;
            var latest = all.Select(d => d.Versions.Max(v => v.ReceivedAt)).Order().ToList();
            var since = latest[latest.Count / 2];
            var expected = all.Where(d => d.Versions.Any(v => v.ReceivedAt >= since)).Select(d => d.Reference).ToList();

            var changed = await LegacyBatch.ReadAsync(store, window with { ChangedSince = since }, clock, default);

            Assert.InRange(expected.Count, 1, all.Count - 1);
            Assert.Equal(expected, changed.Documents.Select(d => d.Reference));
            Assert.Equal(
                all.Where(d => expected.Contains(d.Reference)).SelectMany(d => d.Versions).Count(),
                changed.Documents.SelectMany(d => d.Versions).Count());
            Assert.Empty((await LegacyBatch.ReadAsync(store, window with { ChangedSince = latest[^1].AddSeconds(1) }, clock, default)).Documents);
        }
    }
}
