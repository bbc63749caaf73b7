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
    public void The_declared_rules_are_exactly_the_fields_the_legacy_readers_say_their_stores_do_not_keep()
    {
        var declared = StoreRuleSet.Declared.Rules.Select(r => (r.Interface, r.Kind, r.Path, r.Function)).Order().ToList();
        var notHeld = Strangler.Migration.Legacy.LegacyReaders.All
            .SelectMany(reader => reader.NotHeld.Select(f => (reader.Interface, f.Kind, f.Path, f.Function))).Order().ToList();

        Assert.Equal(notHeld, declared);
        Assert.All(StoreRuleSet.Declared.Rules, r => Assert.NotEqual(Strangler.Core.Model.Documents.SourceInterface.JsonApi, r.Interface));
    }

    [Fact]
    public void A_rule_for_cancellations_leaves_its_path_out_of_cancellations_only()
    {
        var rules = StoreRuleSet.Parse(OneRule.Replace("\"path\"", "\"function\": \"Cancellation\", \"path\"", StringComparison.Ordinal));
        const string amendment = "version=2\nfunction=Amendment\ndocument.goodsItems[0].marks=N/M\n";
        const string cancellation = "version=3\nfunction=Cancellation\ndocument.goodsItems[0].marks=N/M\n";

        Assert.Equal(amendment, rules.Project("Declaration", amendment));
        Assert.Equal("version=3\nfunction=Cancellation\n", rules.Project("Declaration", cancellation));
        Assert.Throws<StoreRulesException>(() => StoreRuleSet.Parse(OneRule.Replace("\"path\"", "\"function\": \"Cancel\", \"path\"", StringComparison.Ordinal)));
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
