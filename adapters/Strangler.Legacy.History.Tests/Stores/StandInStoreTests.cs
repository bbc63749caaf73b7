using Microsoft.Extensions.DependencyInjection;
using Strangler.CargoImp.Fwb;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.Legacy.Accs.Status;
using Strangler.Legacy.Eman.Manifests;
using Strangler.Legacy.Gets.Processing;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Tests.Generation;
using Strangler.Legacy.History.Traffic;
using Strangler.Legacy.Rocars;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.History.Tests.Stores;

/// <summary>A small history written into the four stand-ins through their processors; SQLite and PostgreSQL subclasses.</summary>
public abstract class StandInStoreTests
{
    protected abstract HistoryStore Store { get; }

    [Fact]
    public async Task A_small_history_is_answered_by_every_stand_in_as_intended_and_can_be_read_back_through_the_stand_ins()
    {
        var generator = new HistoryGenerator(SmallHistory.Plan(seed: 5));
        var exchanges = new List<HistoryExchange>();
        await using var sink = await StandInSink.CreateAsync(Store, generator.Clients, HistoryInterfaces.All);

        var totals = await generator.RunAsync(sink, observe: exchanges.Add);

        var unexpected = exchanges.SelectMany(e => e.Documents.Where(d => !d.AsIntended).Select(d => $"{e.Request.ClientKey} {e.Request.ReceivedAt:O} {d}"));
        Assert.Empty(unexpected);
        var estimate = generator.Estimate();
        Assert.All(HistoryInterfaces.All, i => Assert.Equal(estimate[i], totals.Interfaces[i].Documents));
        Assert.All(HistoryInterfaces.All, i => Assert.Equal(0, totals.Interfaces[i].Skipped));
        await ReadBackAsync(sink, exchanges, totals.LastReceivedAt!.Value.AddMinutes(1));
    }

    // Accepted documents are found by the stand-ins' own read paths (GET of a declaration, manifest, ACI, status).
    private static async Task ReadBackAsync(StandInSink sink, List<HistoryExchange> exchanges, DateTimeOffset at)
    {
        var gets = sink.ServicesOf(HistoryInterface.Gets).GetRequiredService<GetsProcessor>();
        foreach (var (exchange, _, outcome) in HistoryReading.Declarations(exchanges)
            .Where(x => x.Declaration.Function == DeclarationFunction.Original && x.Outcome.Accepted).Take(10))
        {
            var key = sink.AuthorityOf(HistoryInterface.Gets, exchange.Request.ClientKey);
            Assert.Equal(200, (await gets.DeclarationAsync(key, outcome.Reference!, at, null, default)).StatusCode);
        }

        var eman = sink.ServicesOf(HistoryInterface.Eman).GetRequiredService<EmanProcessor>();
        foreach (var (exchange, _, outcome) in HistoryReading.Manifests(exchanges)
            .Where(x => x.Manifest.Function == ManifestFunction.Original && x.Outcome.Accepted).Take(10))
        {
            var key = sink.AuthorityOf(HistoryInterface.Eman, exchange.Request.ClientKey);
            Assert.Equal(200, (await eman.GetManifestAsync(key, outcome.Reference!, at, null, default)).StatusCode);
        }

        var rocars = sink.ServicesOf(HistoryInterface.Rocars).GetRequiredService<RocarsProcessor>();
        foreach (var exchange in exchanges.Where(e => HistoryReading.Aci(e) is { Function: AciFunction.Original } && e.Documents[0].Accepted).Take(10))
        {
            var key = sink.AuthorityOf(HistoryInterface.Rocars, exchange.Request.ClientKey);
            Assert.Equal(200, (await rocars.ReadAciAsync(key, exchange.Documents[0].Reference!, at, default)).StatusCode);
        }

        var accs = sink.ServicesOf(HistoryInterface.Accs).GetRequiredService<AccsStatusService>();
        foreach (var exchange in exchanges.Where(e => HistoryReading.CargoImp(e) is FwbMessage && e.Documents[0].Accepted).Take(10))
        {
            var key = sink.AuthorityOf(HistoryInterface.Accs, exchange.Request.ClientKey);
            var awb = ((FwbMessage)HistoryReading.CargoImp(exchange)!).Waybill.Number;
            Assert.Equal(200, (await accs.StatusAsync(key, awb, at, default)).StatusCode);
        }
    }
}
