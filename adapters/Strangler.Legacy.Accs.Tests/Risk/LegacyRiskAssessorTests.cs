using System.Text;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Fwb;
using Strangler.Contracts.Checking;
using Strangler.Legacy.Accs.Risk;
using Strangler.Legacy.Accs.Tests.TestSupport;

namespace Strangler.Legacy.Accs.Tests.Risk;

public sealed class LegacyRiskAssessorTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.FromHours(8));

    private static FwbMessage Decode(string text) =>
        (FwbMessage)CargoImpDecoder.Decode(Encoding.ASCII.GetBytes(text), new CheckContext(Noon)).Message!;

    private static FwbMessage Fwb(string goods = "ELECTRONIC COMPONENTS", string? hts = "85423100", string shipper = "ACME TRADING LTD", int stem = 1234567) =>
        Decode(CargoImpText.Fwb($"160-{stem:D7}{stem % 7}HKGLHR/T10K100.0", goods, hts, shipper: shipper));

    private static LegacyRiskAssessor Assessor(double rate = 0, int seed = 1997) => new(new LegacyRiskOptions { SelectionRate = rate, Seed = seed });

    [Theory]
    [InlineData("SPORTING GOODS", "930190", ActionCode.PhysicalExamination)]
    [InlineData("FIREWORKS", "360410", ActionCode.PhysicalExamination)]
    [InlineData("CARVED IVORY", null, ActionCode.PhysicalExamination)]
    [InlineData("RED WINE", "220421", ActionCode.DocumentCheck)]
    [InlineData("CIGARETTES", null, ActionCode.DocumentCheck)]
    [InlineData("RINGS", "711319", ActionCode.DocumentCheck)]
    [InlineData("ELECTRONIC COMPONENTS", "85423100", ActionCode.NotConstrained)]
    public void Profile_rules_decide_by_hs_chapter_and_goods_words(string goods, string? hts, ActionCode expected) =>
        Assert.Equal(expected, Assessor().Assess(Fwb(goods, hts)));

    [Fact]
    public void A_watch_listed_party_is_examined() =>
        Assert.Equal(ActionCode.PhysicalExamination, Assessor().Assess(Fwb(shipper: "BLACKWATER TRADING CO")));

    [Fact]
    public void At_rate_one_every_air_waybill_is_selected_and_at_rate_zero_none()
    {
        var awbs = Enumerable.Range(1000000, 50).Select(stem => Fwb(stem: stem)).ToList();
        Assert.All(awbs, f => Assert.NotEqual(ActionCode.NotConstrained, Assessor(rate: 1).Assess(f)));
        Assert.All(awbs, f => Assert.Equal(ActionCode.NotConstrained, Assessor(rate: 0).Assess(f)));
    }

    [Fact]
    public void The_random_selection_is_deterministic_per_seed_and_near_its_rate()
    {
        var awbs = Enumerable.Range(1000000, 2000).Select(stem => Fwb(stem: stem)).ToList();
        var first = awbs.Select(Assessor(rate: 0.1, seed: 7).Assess).ToList();
        var again = awbs.Select(Assessor(rate: 0.1, seed: 7).Assess).ToList();
        var otherSeed = awbs.Select(Assessor(rate: 0.1, seed: 8).Assess).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
        Assert.InRange(first.Count(c => c != ActionCode.NotConstrained), 150, 250);
        Assert.Contains(ActionCode.PhysicalExamination, first);
        Assert.Contains(ActionCode.DocumentCheck, first);
    }
}
