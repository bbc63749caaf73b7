using Strangler.Parity.Stores.Rules;

namespace Strangler.Parity.Stores.Tests;

public sealed class StoreRuleTests
{
    private const string OneRule = """
        { "rules": [ { "interface": "gets", "kind": "Declaration", "path": "document.goodsItems[*].marks",
          "why": "GTS_DECLARATION_ITEM has no marks column.", "approvedBy": "migration lead", "since": "2026-11-27" } ] }
        """;

    [Fact]
    public void A_rule_leaves_out_its_path_at_every_index_and_below_it_and_nothing_else()
    {
        var rules = StoreRuleSet.Parse(OneRule);
        const string canonical = "version=1\ndocument.goodsItems.count=2\ndocument.goodsItems[0].marks=N/M\n" +
            "document.goodsItems[1].marks\ndocument.goodsItems[1].marks.extra=x\ndocument.goodsItems[1].marksman=kept\n";

        var projected = rules.Project("Declaration", canonical);

        Assert.Equal("version=1\ndocument.goodsItems.count=2\ndocument.goodsItems[1].marksman=kept\n", projected);
        Assert.Equal(canonical, rules.Project("Manifest", canonical));
    }

    [Fact]
    public void A_rule_without_why_approval_or_date_is_refused_with_every_fault()
    {
        var e = Assert.Throws<StoreRulesException>(() => StoreRuleSet.Parse(
            """{ "rules": [ { "interface": "jsonapi", "kind": "", "path": "goodsItems", "why": "", "approvedBy": " ", "since": "27/11/2026" } ] }"""));

        Assert.Equal(6, e.Faults.Count);
    }

    [Fact]
    public void An_unknown_property_is_refused()
    {
        Assert.Throws<StoreRulesException>(() => StoreRuleSet.Parse(OneRule.Replace("\"why\"", "\"whyNot\": 1, \"why\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_declared_rules_load_and_each_names_a_legacy_interface()
    {
        Assert.All(StoreRuleSet.Declared.Rules, r => Assert.NotEqual(Strangler.Core.Model.Documents.SourceInterface.JsonApi, r.Interface));
    }

    [Fact]
    public void Field_changes_list_differing_missing_and_added_lines_with_both_values()
    {
        var changes = StoreParity.FieldChanges("a=1\nb=2\nc\n", "a=1\nb=3\nd=4\n");

        Assert.Equal(
            [new FieldChange("b", "2", "3"), new FieldChange("c", FieldChange.NullValue, null), new FieldChange("d", null, "4")],
            changes);
    }
}
