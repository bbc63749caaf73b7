using Microsoft.Extensions.Time.Testing;
using Strangler.Core.Risk.Rules;

namespace Strangler.Core.Risk.Tests;

public sealed class RuleSetTests
{
    private static IReadOnlyList<string> Problems(string json)
    {
        var result = RiskRuleSetJson.Load(json);
        Assert.False(result.IsValid);
        Assert.Null(result.RuleSet);
        return [.. result.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void A_written_rule_set_loads_back_to_the_same_json()
    {
        var json = RiskRuleSetJson.Write(TestData.RuleSet());
        var again = RiskRuleSetJson.Load(json);
        Assert.True(again.IsValid);
        Assert.Equal(json, RiskRuleSetJson.Write(again.RuleSet));
    }

    [Fact]
    public void Every_semantic_problem_is_listed_at_once()
    {
        var json = TestData.RuleSetJson
            .Replace("\"version\": 1", "\"version\": 0", StringComparison.Ordinal)
            .Replace("\"minimumRate\": 0,", "\"minimumRate\": 1.5,", StringComparison.Ordinal)
            .Replace("\"id\": \"Q-VALUE\"", "\"id\": \"Q-HS\"", StringComparison.Ordinal)
            .Replace("\"watchList\": \"sanctioned\"", "\"watchList\": \"nobody\"", StringComparison.Ordinal)
            .Replace("\"minScore\": 10", "\"minScore\": 0", StringComparison.Ordinal)
            .Replace("\"hsPrefixes\": [\"93\"]", "\"hsPrefixes\": [\"9x\"]", StringComparison.Ordinal);
        Assert.Equal(
            [
                "$.version: must be 1 or more",
                "$.randomSelection.minimumRate: must be between 0 and 1",
                "$.rules[0].profile.hsPrefixes[0]: must be 1 to 10 digits",
                "$.rules[2].watchList: no watch-list named 'nobody'",
                "$.rules[4].id: duplicate rule id 'Q-HS'",
                "$.rules[6].minScore: is required for kind relationshipScore and must be 1 or more",
            ],
            Problems(json));
    }

    [Fact]
    public void A_field_of_another_kind_and_a_missing_kind_field_are_refused()
    {
        var json = TestData.RuleSetJson.Replace("\"minScore\": 10", "\"band\": { \"minHkdPerKg\": 1, \"maxHkdPerKg\": 2 }", StringComparison.Ordinal);
        Assert.Equal(["$.rules[6].band: not allowed with kind relationshipScore", "$.rules[6].minScore: is required for kind relationshipScore and must be 1 or more"], Problems(json));
    }

    [Theory]
    [InlineData("\"channel\": \"physicalExamination\", \"weight\": 10", "\"channel\": \"inspect\", \"weight\": 10", "$.rules[0].channel")]
    [InlineData("\"version\": 1", "\"version\": 1, \"colour\": \"red\"", "$.colour")]
    [InlineData("\"seed\": \"test-seed\",", "", "$")]
    [InlineData("\"version\": 1", "\"version\": \"one\"", "$.version")]
    public void Structural_problems_are_refused_with_their_place(string from, string to, string where)
    {
        var result = RiskRuleSetJson.Load(TestData.RuleSetJson.Replace(from, to, StringComparison.Ordinal));
        Assert.False(result.IsValid);
        Assert.Equal(where, Assert.Single(result.Problems).Where);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"version\":")]
    public void Malformed_json_is_refused_not_thrown(string json) => Assert.Single(Problems(json));

    [Fact]
    public void The_store_records_who_when_why_and_the_versions_of_each_change()
    {
        var clock = new FakeTimeProvider(TestData.ReceivedAt);
        var store = new InMemoryRiskRuleStore(TestData.RuleSet(), "deploy", "initial rules", clock);
        clock.Advance(TimeSpan.FromHours(1));
        var next = TestData.RuleSet() with { Version = 2, RandomSelection = new(0.02m, ClearanceChannel.DocumentCheck) };
        Assert.True(store.Replace(next, "officer.chan", "raise random rate").IsValid);

        Assert.Same(next, store.Current);
        Assert.Equal(
            [
                new RuleSetChange(TestData.ReceivedAt, "deploy", "initial rules", null, 1),
                new RuleSetChange(TestData.ReceivedAt.AddHours(1), "officer.chan", "raise random rate", 1, 2),
            ],
            store.Changes);
    }

    [Fact]
    public void The_store_refuses_an_invalid_or_older_rule_set_and_keeps_the_current_one()
    {
        var store = new InMemoryRiskRuleStore(TestData.RuleSet(), "deploy", "initial rules", new FakeTimeProvider(TestData.ReceivedAt));
        var current = store.Current;
        var refused = store.Replace(TestData.RuleSet() with { Seed = "" }, "", "oops");
        Assert.Equal(["changedBy: who made the change must be recorded", "$.seed: must not be empty", "$.version: must be higher than the current version 1"],
            refused.Problems.Select(p => p.ToString()));
        Assert.Same(current, store.Current);
        Assert.Single(store.Changes);
    }
}
