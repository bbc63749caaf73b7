using System.Text;

namespace Strangler.Legacy.Gets.Tests;

public abstract partial class GetsStandInTests
{
    [Fact]
    public async Task Outside_service_hours_a_message_is_queued_then_processed_at_seven_into_the_keys_feed()
    {
        Gets.Clock.Advance(TimeSpan.FromHours(11.5)); // 23:30
        var queuedBody = Cusdec.Interchange("IC1", Now, Cusdec.Original("M1", "L1", SixDaysAgo), Cusdec.Original("M2", "L1", SixDaysAgo));

        var (_, queuedBytes) = await Gets.PostAsync(queuedBody);
        var (_, resent) = await Gets.PostAsync(queuedBody);

        Assert.Equal(queuedBytes, resent);
        var queued = GetsHost.Read(queuedBytes).Messages;
        Assert.All(queued, m => Assert.Equal((true, "QD"), (m.Accepted, m.Statuses.Single())));
        Assert.All(queued, m => Assert.Null(m.IssuedReference));
        Assert.Contains("BGM+962+L1+29'\nDTM+182:202611262330:203'\nRFF+ACW:IC1:M1'\nGIS+QD:HKS'\nUNT+", Encoding.UTF8.GetString(queuedBytes), StringComparison.Ordinal);
        var emptyFeed = await Gets.GetAsync("gets/v1/acknowledgements");
        Assert.EndsWith("UNZ+0+R0000000000002'\n", Encoding.UTF8.GetString(emptyFeed.Body), StringComparison.Ordinal);

        Gets.Clock.Advance(TimeSpan.FromHours(7.5) - TimeSpan.FromSeconds(1)); // 06:59:59
        Assert.Empty(GetsHost.Read((await Gets.GetAsync("gets/v1/acknowledgements")).Body).Messages);
        Gets.Clock.Advance(TimeSpan.FromSeconds(1)); // 07:00:00

        var feed = GetsHost.Read((await Gets.GetAsync("gets/v1/acknowledgements")).Body);

        Assert.Equal("TRADELINK01", feed.Envelope.RecipientId);
        Assert.Equal(2, feed.Messages.Count);
        var accepted = feed.Messages[0];
        Assert.Equal(("1", "1", "IC1", "M1"), (accepted.Reference, accepted.Cursor, accepted.AnsweredInterchangeRef, accepted.AnsweredMessageRef));
        Assert.Equal("TD12611260000001", accepted.IssuedReference);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.FromHours(8)), accepted.IssuedAt);
        Assert.Equal([("161", "2.00")], accepted.Amounts.Select(a => (a.Qualifier, a.Amount)));
        var duplicate = feed.Messages[1];
        Assert.Equal(("2", "2", "M2"), (duplicate.Reference, duplicate.Cursor, duplicate.AnsweredMessageRef));
        Assert.Equal(["E019"], Codes(duplicate));
        Assert.Equal(200, (await Gets.GetAsync("gets/v1/declarations/TD12611260000001")).Status);
        Assert.Single(GetsHost.Read((await Gets.GetAsync("gets/v1/acknowledgements?after=1&max=5")).Body).Messages);
        Assert.Empty(GetsHost.Read((await Gets.GetAsync("gets/v1/acknowledgements", "test-other-provider")).Body).Messages);
        Assert.Equal(resent, (await Gets.PostAsync(queuedBody)).Body);
    }

    [Fact]
    public async Task Outside_service_hours_structural_errors_and_pre_shipment_are_answered_at_once()
    {
        Gets.Clock.Advance(TimeSpan.FromHours(18)); // 06:00 the next day

        var answer = (await Gets.PostReadAsync(Gets.Sample("05-pre-shipment-new-core.edi"))).Messages.Single();
        var badUnt = (await Gets.PostReadAsync(Gets.Sample("04-two-messages-one-bad-unt.edi"))).Messages;

        Assert.Equal(["E004"], Codes(answer));
        Assert.Equal(["QD"], badUnt[0].Statuses);
        Assert.Equal(["E003"], Codes(badUnt[1]));
    }

    [Fact]
    public async Task A_queued_declaration_is_invisible_until_processed_and_the_queue_runs_in_order_of_receipt()
    {
        var lodged = await LodgeAsync("IC1", Cusdec.Original("M1", "L1", SixDaysAgo));
        Gets.Clock.Advance(TimeSpan.FromHours(11)); // 23:00, closed
        await LodgeAsync("IC2", Cusdec.Original("M1", "L2", SixDaysAgo));
        await LodgeAsync("IC3", Cusdec.Amendment("M1", "L2", SixDaysAgo, "TD12611260000002"));
        await LodgeAsync("IC4", Cusdec.Amendment("M1", "L1", SixDaysAgo, lodged.IssuedReference!, value: "1.00"));

        Assert.Equal(404, (await Gets.GetAsync("gets/v1/declarations/TD12611260000002")).Status);
        Gets.Clock.Advance(TimeSpan.FromHours(8)); // 07:00

        var feed = GetsHost.Read((await Gets.GetAsync("gets/v1/acknowledgements")).Body).Messages;
        Assert.Equal("TD12611260000002", feed[0].IssuedReference);
        Assert.Equal(("TD12611260000002", "AC"), (feed[1].IssuedReference, feed[1].Statuses.Single()));
        Assert.Equal([("161", "0.20")], feed[2].Amounts.Select(a => (a.Qualifier, a.Amount)));
    }
}
