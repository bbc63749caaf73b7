using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Air;
using Strangler.Legacy.History.Traffic;
using Strangler.Migration.Legacy.Accs;
using Strangler.Migration.Legacy.Tests.Rocars;

namespace Strangler.Migration.Legacy.Tests.Accs;

[Collection(GeneratedHistoryCollection.Name)]
public sealed class AccsHistoryReadTests(GeneratedHistory history)
    : HistoryReadTests(history, new AccsLegacyReader(), "accs", TransportMode.Air)
{
    // Every accepted FWB, FHL and FFM part is one cargo report; the status documents come on top of them.
    protected override long ReadCount(IReadOnlyList<LegacyDocument> documents) => documents.Count(d => d.Kind == "CargoReport");

    protected override long AcceptedCount() => History.SqliteTotals.Interfaces[HistoryInterface.Accs].Accepted;

    [Fact]
    public async Task Every_air_waybill_status_holds_its_codes_in_order_one_version_per_code()
    {
        await using var connection = await History.OpenSqliteAsync("accs");
        var statuses = (await CanonicalParity.ReadAllAsync(new AccsLegacyReader(), connection, History.Everything))
            .Select(r => r.Document!).Where(d => d.Kind == nameof(AirWaybillStatus)).ToList();

        Assert.NotEmpty(statuses);
        Assert.All(statuses, s =>
        {
            var last = Assert.IsType<AirWaybillStatus>(s.Versions[^1].Document);
            Assert.Equal(s.Versions.Count, last.History.Count);
            Assert.Equal(s.Reference, last.AirWaybillNumber);
            Assert.Equal(last.History.Select(h => h.At), s.Versions.Select(v => v.ReceivedAt));
            Assert.Contains(last.History[0].Code, new[] { "NA", "NC", "DC", "PX" });
        });
    }
}
