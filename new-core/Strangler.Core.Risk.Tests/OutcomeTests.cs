using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Outcomes;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Tests;

public sealed class OutcomeTests
{
    [Theory]
    [InlineData(ClearanceChannel.Release, "NC", "GO", false)]
    [InlineData(ClearanceChannel.DocumentCheck, "DC", "STOP", false)]
    [InlineData(ClearanceChannel.PhysicalExamination, "PX", "STOP", true)]
    public void Each_channel_maps_to_the_contract_outcomes(ClearanceChannel channel, string accs, string rocars, bool detained)
    {
        Assert.Equal(accs, ChannelOutcomes.AccsActionCode(channel));
        Assert.Equal(rocars, ChannelOutcomes.RocarsInstruction(channel));
        Assert.Equal(detained, ChannelOutcomes.EmanDetains(channel));
    }

    private static RiskDecision Decision(string reference, ClearanceChannel channel, params string[] rules) => new(
        SubjectKind.Consignment, reference, 1, channel, 0m, false, RelationshipScore.None,
        [.. rules.Select(r => new RiskReason(r, channel, 1m, "x"))]);

    [Fact]
    public void Hit_rates_count_selections_examinations_and_findings_per_rule()
    {
        RiskDecision[] decisions =
        [
            Decision("A", ClearanceChannel.PhysicalExamination, "P-1", "Q-1"),
            Decision("B", ClearanceChannel.PhysicalExamination, "P-1"),
            Decision("C", ClearanceChannel.DocumentCheck, "Q-1"),
            Decision("D", ClearanceChannel.PhysicalExamination, "P-1"),
            Decision("E", ClearanceChannel.Release),
        ];
        ExaminationResult[] results =
        [
            new(SubjectKind.Consignment, "A", true),
            new(SubjectKind.Consignment, "B", false),
            new(SubjectKind.Consignment, "C", false),
            new(SubjectKind.Bundle, "D", true), // another subject that shares the reference
        ];
        var rates = RuleHitRates.From(decisions, results);
        Assert.Equal([new RuleHitRate("P-1", 3, 2, 1), new RuleHitRate("Q-1", 2, 2, 1)], rates);
        Assert.Equal(0.5m, rates[0].HitRate);
        Assert.Null(new RuleHitRate("X", 1, 0, 0).HitRate);
    }

    [Fact]
    public void Channel_balance_reports_observed_shares_beside_the_targets()
    {
        var balance = ChannelBalance.From(
            [Decision("A", ClearanceChannel.PhysicalExamination), Decision("B", ClearanceChannel.DocumentCheck), Decision("C", ClearanceChannel.Release), Decision("D", ClearanceChannel.Release)],
            TestData.RuleSet());
        Assert.Equal((4, 0.25m, 0.25m, 0.05m), (balance.Decisions, balance.DocumentCheckShare, balance.PhysicalExaminationShare, balance.Targets!.DocumentCheck));
    }
}
