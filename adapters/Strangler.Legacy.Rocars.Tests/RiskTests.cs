using Strangler.Contracts.Collections;
using Strangler.Legacy.Rocars.Risk;
using Strangler.RocarsXml.Documents;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>The legacy GO/STOP decision: profile rules first, then a seeded random share.</summary>
public sealed class RiskTests
{
    private static Lodgement Consignment(string description = "MOBILE PHONE PARTS", string? hs = "85177900", string consignor = "SHENZHEN GADGETS CO") =>
        new(CrossingDirection.Import, "LMC", DateTimeOffset.Parse("2026-11-26T15:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture),
            new Party("SWIFT FORWARDING LTD", "8 CANTON ROAD"), new Party(consignor, "SHENZHEN"), new Party("ACME TRADING LTD", "KWUN TONG"),
            new Packages(40, "CARTONS"), new EquatableList<Article>([new Article(description, hs)]));

    [Theory]
    [InlineData("CIGARETTES", "85177900", "SHENZHEN GADGETS CO", "GOODS")]
    [InlineData("PARTS", "24022000", "SHENZHEN GADGETS CO", "HS24")]
    [InlineData("CARVED IVORY", null, "SHENZHEN GADGETS CO", "GOODS")]
    [InlineData("PARTS", null, "Red Lotus Trading Co", "PARTY")]
    public void A_profile_rule_stops_the_bundle_whatever_the_rate(string description, string? hs, string consignor, string rule)
    {
        var risk = new LegacyRiskAssessment(new RiskOptions { SelectionRate = 0 });

        var decision = risk.Decide("B26112600000001", [Consignment(), Consignment(description, hs, consignor)]);

        Assert.Equal(ClearanceDecision.Stop, decision.Instruction);
        Assert.Equal(rule, decision.Rule);
    }

    [Fact]
    public void Rate_zero_lets_everything_else_go_and_rate_one_stops_it()
    {
        Assert.Equal(new RiskDecision(ClearanceDecision.Go, "NONE"), new LegacyRiskAssessment(new RiskOptions { SelectionRate = 0 }).Decide("B26112600000001", [Consignment()]));
        Assert.Equal(new RiskDecision(ClearanceDecision.Stop, "RANDOM"), new LegacyRiskAssessment(new RiskOptions { SelectionRate = 1 }).Decide("B26112600000001", [Consignment()]));
    }

    [Fact]
    public void The_random_selection_is_deterministic_per_seed_and_near_its_rate()
    {
        var refs = Enumerable.Range(1, 4000).Select(i => $"B261126{i:D8}").ToList();
        var risk = new LegacyRiskAssessment(new RiskOptions { Seed = 7, SelectionRate = 0.1 });
        var otherSeed = new LegacyRiskAssessment(new RiskOptions { Seed = 8, SelectionRate = 0.1 });

        var selected = refs.Where(risk.IsSelected).ToList();

        Assert.Equal(selected, refs.Where(risk.IsSelected).ToList());
        Assert.InRange(selected.Count, 320, 480);
        Assert.NotEqual(selected, refs.Where(otherSeed.IsSelected).ToList());
    }
}
