using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Tests.Generation;

public sealed class DeterminismTests
{
    [Fact]
    public async Task The_same_seed_gives_byte_identical_requests_and_answers()
    {
        var first = await SmallHistory.GenerateAsync(SmallHistory.Plan(seed: 11));
        var second = await SmallHistory.GenerateAsync(SmallHistory.Plan(seed: 11));

        Assert.Equal(first.Exchanges.Count, second.Exchanges.Count);
        for (var i = 0; i < first.Exchanges.Count; i++)
        {
            var (a, b) = (first.Exchanges[i], second.Exchanges[i]);
            Assert.Equal((a.Request.Interface, a.Request.ClientKey, a.Request.ReceivedAt, a.Request.Endpoint),
                (b.Request.Interface, b.Request.ClientKey, b.Request.ReceivedAt, b.Request.Endpoint));
            Assert.Equal(a.Request.Body.ToArray(), b.Request.Body.ToArray());
            Assert.Equal(a.Answer, b.Answer);
        }
    }

    [Fact]
    public async Task Another_seed_gives_other_parties_and_other_bodies()
    {
        var first = await SmallHistory.GenerateAsync(SmallHistory.Plan(seed: 11));
        var other = await SmallHistory.GenerateAsync(SmallHistory.Plan(seed: 12));

        var firstBodies = first.Exchanges.Select(e => Convert.ToHexString(e.Request.Body.Span)).ToHashSet();
        Assert.DoesNotContain(other.Exchanges, e => firstBodies.Contains(Convert.ToHexString(e.Request.Body.Span)));
        Assert.NotEqual(
            first.Generator.Clients.ServiceProviders[0].BrNumbers,
            other.Generator.Clients.ServiceProviders[0].BrNumbers);
    }

    [Fact]
    public async Task Requests_are_sent_in_received_at_order()
    {
        var history = await SmallHistory.GenerateAsync(SmallHistory.Plan());

        var times = history.Exchanges.Select(e => e.Request.ReceivedAt).ToList();
        Assert.Equal(times.Order().ToList(), times);
    }

    [Fact]
    public void The_estimate_is_the_same_on_every_call_and_counts_every_interface()
    {
        var generator = new Driving.HistoryGenerator(SmallHistory.Plan());

        var estimate = generator.Estimate();

        Assert.Equal(estimate, generator.Estimate());
        Assert.All(HistoryInterfaces.All, i => Assert.True(estimate[i] > 10, $"{i}: {estimate[i]}"));
        Assert.InRange(estimate.Values.Sum(), 200, 999);
    }

    [Fact]
    public void A_plan_with_a_rate_outside_0_to_1_is_refused()
    {
        var plan = SmallHistory.Plan() with { Rates = new HistoryRates(Late: 1.5) };

        var refused = Assert.Throws<ArgumentException>(() => new Driving.HistoryGenerator(plan));

        Assert.Contains("Late must be between 0 and 1.", refused.Message, StringComparison.Ordinal);
    }
}
