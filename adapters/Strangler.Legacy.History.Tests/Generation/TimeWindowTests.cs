using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fwb;
using Strangler.Contracts.Time;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.Legacy.History.Traffic;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.History.Tests.Generation;

public sealed class TimeWindowTests(SmallHistoryFixture fixture) : IClassFixture<SmallHistoryFixture>
{
    private IReadOnlyList<HistoryExchange> Exchanges => fixture.History.Exchanges;

    [Fact]
    public void Declarations_are_received_in_service_hours_after_the_goods_moved_and_late_exactly_when_after_14_days()
    {
        foreach (var (exchange, declaration, outcome) in HistoryReading.Declarations(Exchanges))
        {
            var at = exchange.Request.ReceivedAt;
            Assert.InRange(at.TimeOfDay, TimeSpan.FromHours(7), TimeSpan.FromHours(23) - TimeSpan.FromSeconds(1));
            if (declaration.Function != DeclarationFunction.Original || !outcome.Accepted)
            {
                continue;
            }

            var moved = DateOnly.ParseExact(declaration.ImportExportDate!, "yyyyMMdd");
            var received = HongKongTime.Date(at);
            Assert.True(moved <= received);
            Assert.Equal(received > moved.AddDays(14), outcome.Late);
        }
    }

    [Fact]
    public void Statement_1_is_lodged_before_the_arrival_or_departure_and_statement_2_after_it()
    {
        foreach (var (exchange, manifest, _) in HistoryReading.Manifests(Exchanges))
        {
            if (manifest.Function == ManifestFunction.Cancellation)
            {
                continue;
            }

            var eventAt = HongKongTime.FromLocal(DateTime.ParseExact(manifest.EventDateTime, "yyyyMMddHHmm", null));
            if (manifest.Statement == StatementType.Statement1)
            {
                Assert.True(exchange.Request.ReceivedAt < eventAt, $"{manifest.DocumentNumber} S1 at {exchange.Request.ReceivedAt:O}, event {eventAt:O}");
            }
            else
            {
                Assert.True(exchange.Request.ReceivedAt > eventAt, $"{manifest.DocumentNumber} S2 at {exchange.Request.ReceivedAt:O}, event {eventAt:O}");
            }
        }
    }

    [Fact]
    public void Acis_are_lodged_30_minutes_to_14_days_before_the_crossing_and_bundled_at_least_30_minutes_before_arrival()
    {
        foreach (var exchange in Exchanges.Where(e => e.Request.Interface == HistoryInterface.Rocars))
        {
            var at = exchange.Request.ReceivedAt;
            if (HistoryReading.Aci(exchange) is { Lodgement: { } lodgement })
            {
                Assert.InRange(lodgement.ExpectedCrossing - at, TimeSpan.FromMinutes(30), TimeSpan.FromDays(14));
            }
            else if (HistoryReading.Bundle(exchange) is { } bundle)
            {
                Assert.True(bundle.ExpectedArrival - at >= TimeSpan.FromMinutes(30));
            }
        }
    }

    [Fact]
    public void A_flight_manifest_follows_the_fwbs_of_its_air_waybills()
    {
        var fwbs = new HashSet<string>();
        var manifested = 0;
        foreach (var message in Exchanges.Select(HistoryReading.CargoImp))
        {
            if (message is FwbMessage fwb)
            {
                fwbs.Add(fwb.Waybill.Number);
            }
            else if (message is FfmMessage ffm)
            {
                Assert.All(ffm.Waybills, w => Assert.Contains(w.Line.Number, fwbs));
                manifested += ffm.Waybills.Count();
            }
        }

        Assert.True(manifested > 20);
    }
}
