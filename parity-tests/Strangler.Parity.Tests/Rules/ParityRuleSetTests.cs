using Strangler.Facade.Routing;
using Strangler.Parity.Rules;

namespace Strangler.Parity.Tests.Rules;

public sealed class ParityRuleSetTests
{
    private const string Valid =
        """{"interface":"gets","messageType":"CUSDEC","field":"CUSRES[*].GIS","treatment":"intended","why":"declared","approvedBy":"J. Chan","since":"2026-11-27","requestContains":"GIS+PS:HKF"}""";

    private static string File(string rule) => $$"""{"rules":[{{rule}}]}""";

    [Fact]
    public void The_declared_rules_load_and_each_carries_why_approval_and_date()
    {
        var rules = ParityRuleSet.Declared.Rules;

        Assert.Equal(7, rules.Count);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Why) || string.IsNullOrWhiteSpace(r.ApprovedBy)));
        Assert.All(rules, r => Assert.Equal(new DateOnly(2026, 11, 27), r.Since));
        Assert.Equal(
            [RuleTreatment.Intended, RuleTreatment.Intended, RuleTreatment.RiskOutcome, RuleTreatment.RiskOutcome, RuleTreatment.RiskOutcome, RuleTreatment.RiskOutcome, RuleTreatment.RiskOutcome],
            rules.Select(r => r.Treatment));
    }

    [Fact]
    public void An_element_condition_needs_a_one_character_separator_and_positions_from_one()
    {
        var rule = Assert.Single(ParityRuleSet.Parse(File(Valid.Replace("}", ""","elementSeparator":"/","onlyElements":[2,4]}""", StringComparison.Ordinal))).Rules);
        Assert.Equal("/", rule.ElementSeparator);
        Assert.Equal([2, 4], rule.OnlyElements!);

        var e = Assert.Throws<ParityRulesException>(() => ParityRuleSet.Parse(File(Valid.Replace("}", ""","elementSeparator":"//","onlyElements":[0]}""", StringComparison.Ordinal))));
        Assert.Equal(2, e.Faults.Count);
        Assert.Throws<ParityRulesException>(() => ParityRuleSet.Parse(File(Valid.Replace("}", ""","onlyElements":[2]}""", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_valid_rule_is_read_with_every_value()
    {
        var rule = Assert.Single(ParityRuleSet.Parse(File(Valid)).Rules);

        Assert.Equal(
            new ParityRule(ContractInterface.Gets, "CUSDEC", "CUSRES[*].GIS", RuleTreatment.Intended, "declared", "J. Chan", new DateOnly(2026, 11, 27), "GIS+PS:HKF"),
            rule);
    }

    [Fact]
    public void A_rule_without_approvedBy_is_refused()
    {
        var e = Assert.Throws<ParityRulesException>(() => ParityRuleSet.Parse(File(Valid.Replace("\"approvedBy\":\"J. Chan\",", "", StringComparison.Ordinal))));

        Assert.Equal(["rule 1: approvedBy is required"], e.Faults);
    }

    [Theory]
    [InlineData("\"approvedBy\":\"J. Chan\"", "\"approvedBy\":\"  \"", "rule 1: approvedBy is required")]
    [InlineData("\"why\":\"declared\"", "\"why\":\"\"", "rule 1: why is required")]
    [InlineData("\"since\":\"2026-11-27\"", "\"since\":\"27/11/2026\"", "rule 1: since must be a date yyyy-MM-dd")]
    [InlineData("\"treatment\":\"intended\"", "\"treatment\":\"Intended\"", "rule 1: treatment must be ignore, intended or risk-outcome")]
    [InlineData("\"interface\":\"gets\"", "\"interface\":\"1\"", "rule 1: interface must be gets, eman, rocars or accs")]
    [InlineData("\"field\":\"CUSRES[*].GIS\"", "\"field\":\"\"", "rule 1: field is required")]
    [InlineData("\"requestContains\":\"GIS+PS:HKF\"", "\"requestContains\":\"\"", "rule 1: requestContains must not be empty")]
    public void A_rule_with_a_missing_or_wrong_value_is_refused_with_the_fault(string from, string to, string fault)
    {
        var e = Assert.Throws<ParityRulesException>(() => ParityRuleSet.Parse(File(Valid.Replace(from, to, StringComparison.Ordinal))));

        Assert.Equal([fault], e.Faults);
    }

    [Fact]
    public void A_misspelt_condition_is_refused_rather_than_ignored()
    {
        var e = Assert.Throws<ParityRulesException>(() => ParityRuleSet.Parse(File(Valid.Replace("requestContains", "requestContain", StringComparison.Ordinal))));

        Assert.StartsWith("not a rules file:", Assert.Single(e.Faults), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_faulty_rule_is_listed_and_none_is_kept()
    {
        var e = Assert.Throws<ParityRulesException>(() => ParityRuleSet.Parse(
            $$"""{"rules":[{{Valid}},{"interface":"accs","messageType":"CSN","field":"line 3","treatment":"ignore","since":"2026-11-27"}]}"""));

        Assert.Equal(["rule 2: why is required", "rule 2: approvedBy is required"], e.Faults);
    }

    [Fact]
    public void A_file_without_a_rules_array_is_refused()
    {
        var e = Assert.Throws<ParityRulesException>(() => ParityRuleSet.Parse("{}"));

        Assert.Equal(["not a rules file: the \"rules\" array is missing"], e.Faults);
    }
}
