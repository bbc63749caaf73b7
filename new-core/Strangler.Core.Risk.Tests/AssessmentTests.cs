using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Tests;

public sealed class AssessmentTests
{
    [Fact]
    public void The_strictest_proposed_channel_wins_and_every_reason_is_kept()
    {
        var subject = TestData.Subject(goods: [new GoodsLine("RIFLES", "93032000", "DE", 100m, 10m), new GoodsLine("SHIRTS", null, "CN", 100m, 10m)]);
        var decision = RiskAssessor.Assess(subject, TestData.RuleSet(), TestData.NoHistory);
        Assert.Equal(ClearanceChannel.PhysicalExamination, decision.Channel);
        Assert.Equal(["P-ARMS", "Q-HS"], decision.Reasons.Select(r => r.RuleId));
        Assert.Equal(11m, decision.Score);
    }

    [Fact]
    public void Random_selection_can_only_raise_the_channel()
    {
        var set = TestData.RuleSet() with { RandomSelection = new(1m, ClearanceChannel.DocumentCheck) };
        var examined = RiskAssessor.Assess(TestData.Subject(goods: new GoodsLine("RIFLES", "93032000", "DE", 100m, 10m)), set, TestData.NoHistory);
        Assert.Equal(ClearanceChannel.PhysicalExamination, examined.Channel);
        Assert.True(examined.RandomlySelected);
        var clean = RiskAssessor.Assess(TestData.Subject(), set, TestData.NoHistory);
        Assert.Equal(ClearanceChannel.DocumentCheck, clean.Channel);
        Assert.Equal(RiskAssessor.RandomSelectionId, Assert.Single(clean.Reasons).RuleId);
    }

    [Fact]
    public void The_same_inputs_give_the_same_decision_and_a_new_seed_draws_a_different_sample()
    {
        var set = TestData.RuleSet() with { RandomSelection = new(0.5m, ClearanceChannel.DocumentCheck) };
        var references = Enumerable.Range(0, 200).Select(i => $"REF{i}").ToList();
        bool[] Draw(string seed) => [.. references.Select(r => RiskAssessor.Assess(TestData.Subject(r), set with { Seed = seed }, TestData.NoHistory).RandomlySelected)];
        Assert.Equal(Draw("a"), Draw("a"));
        Assert.NotEqual(Draw("a"), Draw("b"));
    }

    [Fact]
    public void The_draw_is_a_fixed_function_of_seed_kind_and_reference()
    {
        // Pinned so that a change of hashing, which would silently re-draw every subject, fails here.
        Assert.Equal(RandomSelector.Draw("s", SubjectKind.Consignment, "R1"), RandomSelector.Draw("s", SubjectKind.Consignment, "R1"));
        Assert.NotEqual(RandomSelector.Draw("s", SubjectKind.Consignment, "R1"), RandomSelector.Draw("s", SubjectKind.Bundle, "R1"));
        Assert.Equal(17634337523168343442UL, RandomSelector.Draw("s", SubjectKind.Consignment, "R1"));
    }

    [Property(MaxTest = 30)]
    public Property Over_many_subjects_the_random_selection_rate_is_close_to_the_configured_rate()
    {
        var gen = from rate in Gen.Elements(0.01m, 0.05m, 0.1m, 0.3m)
                  from seed in Gen.Elements("alpha", "beta", "gamma", "delta", "2026-11")
                  select (rate, seed);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            const int n = 4000;
            var set = TestData.RuleSet() with { Seed = t.seed, RandomSelection = new(t.rate, ClearanceChannel.DocumentCheck) };
            var selected = Enumerable.Range(0, n).Count(i => RiskAssessor.Assess(TestData.Subject($"AWB{i:D8}"), set, TestData.NoHistory).RandomlySelected);
            var observed = (decimal)selected / n;

            // Five standard deviations of a binomial proportion: fails only if the draw is biased.
            var tolerance = 5m * (decimal)Math.Sqrt((double)(t.rate * (1 - t.rate)) / n);
            return (Math.Abs(observed - t.rate) <= tolerance).Label($"rate {t.rate} seed {t.seed} observed {observed}");
        });
    }
}
