using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Tests;

public sealed class RuleKindTests
{
    private static RiskDecision Assess(RiskSubject subject) => RiskAssessor.Assess(subject, TestData.RuleSet(), TestData.NoHistory);

    [Fact]
    public void A_clean_subject_is_released_without_reasons()
    {
        var decision = Assess(TestData.Subject());
        Assert.Equal(ClearanceChannel.Release, decision.Channel);
        Assert.Empty(decision.Reasons);
        Assert.Equal(0m, decision.Score);
        Assert.Equal(1, decision.RuleSetVersion);
    }

    [Fact]
    public void Profile_on_hs_prefix_and_mode_proposes_examination_with_what_matched()
    {
        var decision = Assess(TestData.Subject(goods: new GoodsLine("SPORTING RIFLES", "93032000", "DE", 50_000m, 20m)));
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("P-ARMS", reason.RuleId);
        Assert.Equal("mode Air; HS code 93032000", reason.Matched);
        Assert.Equal(ClearanceChannel.PhysicalExamination, decision.Channel);
    }

    [Fact]
    public void Profile_needs_every_criterion_given()
    {
        var onlyWord = TestData.Subject(goods: new GoodsLine("IVORY CARVINGS", "97030000", "CN", 1000m, 10m));
        Assert.Empty(Assess(onlyWord).Reasons);
        var both = onlyWord with { Route = onlyWord.Route with { Loading = "XYZ" } };
        var reason = Assert.Single(Assess(both).Reasons);
        Assert.Equal("loading XYZ; description word IVORY", reason.Matched);
    }

    [Fact]
    public void Watch_list_hits_by_br_number_and_by_normalised_name_and_country()
    {
        var byBr = TestData.Subject() with { Parties = [TestData.Consignor with { BrNumber = "87654321" }] };
        Assert.Equal("W-SANCTIONED", Assert.Single(Assess(byBr).Reasons).RuleId);

        var byName = TestData.Subject() with { Parties = [new SubjectParty(PartyRole.Consignor, "Bad Actor Ltd", null, "KP", null)] };
        Assert.Equal("Consignor Bad Actor Ltd on watch-list sanctioned", Assert.Single(Assess(byName).Reasons).Matched);

        var otherCountry = TestData.Subject() with { Parties = [new SubjectParty(PartyRole.Consignor, "Bad Actor Ltd", null, "CN", null)] };
        Assert.Empty(Assess(otherCountry).Reasons);
    }

    [Fact]
    public void Missing_hs_code_names_the_lines()
    {
        var decision = Assess(TestData.Subject(goods: [new GoodsLine("COTTON SHIRTS", "62052000", "CN", 100m, 10m), new GoodsLine("WOOL SHIRTS", null, "CN", 100m, 10m)]));
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal(("Q-HS", "goods line 2 without HS code"), (reason.RuleId, reason.Matched));
        Assert.Equal(ClearanceChannel.DocumentCheck, decision.Channel);
    }

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(1, false)]
    [InlineData(50000, false)]
    [InlineData(50001, true)]
    public void Value_per_kg_outside_the_band_is_a_data_quality_hit(decimal valuePerKg, bool hit)
    {
        var decision = Assess(TestData.Subject(goods: new GoodsLine("COPPER WIRE", "74081100", "CN", valuePerKg * 10m, 10m)));
        Assert.Equal(hit, decision.Reasons.Any(r => r.RuleId == "Q-VALUE"));
    }

    [Theory]
    [InlineData("General  cargo", true)]
    [InlineData("goods, parts", true)]
    [InlineData("ABC", true)]
    [InlineData("SPARE PARTS FOR LATHES", false)]
    public void Vague_and_vague_ish_descriptions_are_data_quality_hits(string description, bool hit)
    {
        var decision = Assess(TestData.Subject(goods: new GoodsLine(description, "84669300", "CN", 1000m, 10m)));
        Assert.Equal(hit, decision.Reasons.Any(r => r.RuleId == "Q-VAGUE"));
    }
}
