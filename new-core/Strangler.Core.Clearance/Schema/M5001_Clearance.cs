using FluentMigrator;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using Strangler.Core.Store.Schema;

namespace Strangler.Core.Clearance.Schema;

/// <summary>
/// The clearance module's tables: every rule-set version and change, every decision with its reasons, the parties of
/// assessed subjects (for relationship look-ups by identity and address), and examination results.
/// </summary>
[Migration(2026_11_26_5001, "clearance rule sets, changes, decisions, parties, examinations")]
public sealed class M5001_Clearance : CoreMigration
{
    public override void Down()
    {
        Delete.Table("core_clearance_examination");
        Delete.Table("core_clearance_party");
        Delete.Table("core_clearance_decision");
        Delete.Table("core_clearance_rule_change");
        Delete.Table("core_clearance_rule_set");
    }

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time)
    {
        create.Table("core_clearance_rule_set")
            .WithColumn("version").AsInt32().NotNullable().PrimaryKey("core_clearance_rule_set_pk")
            .WithColumn("rule_set_json").AsString(int.MaxValue).NotNullable()
            .WithColumn("stored_at").Apply(time).NotNullable();

        create.Table("core_clearance_rule_change")
            .WithColumn("id").AsInt64().PrimaryKey("core_clearance_rule_change_pk").Identity()
            .WithColumn("changed_at").Apply(time).NotNullable()
            .WithColumn("changed_by").AsString(100).NotNullable()
            .WithColumn("reason").AsString(1000).NotNullable()
            .WithColumn("old_version").AsInt32().Nullable()
            .WithColumn("new_version").AsInt32().NotNullable().Unique("core_clearance_rule_change_new_ux");

        create.Table("core_clearance_decision")
            .WithColumn("id").AsInt64().PrimaryKey("core_clearance_decision_pk").Identity()
            .WithColumn("subject_kind").AsString(20).NotNullable()
            .WithColumn("reference").AsString(64).NotNullable()
            .WithColumn("subject_hash").AsString(64).NotNullable()
            .WithColumn("rule_set_version").AsInt32().NotNullable()
            .WithColumn("channel").AsString(30).NotNullable()
            .WithColumn("score").AsDecimal(18, 4).NotNullable()
            .WithColumn("randomly_selected").AsBoolean().NotNullable()
            .WithColumn("relationship_score").AsInt32().NotNullable()
            .WithColumn("reasons_json").AsString(int.MaxValue).NotNullable()
            .WithColumn("links_json").AsString(int.MaxValue).NotNullable()
            .WithColumn("assessed_at").Apply(time).NotNullable();
        create.Index("core_clearance_decision_subject_ix").OnTable("core_clearance_decision")
            .OnColumn("subject_kind").Ascending().OnColumn("reference").Ascending().OnColumn("id").Ascending();
        create.Index("core_clearance_decision_assessed_ix").OnTable("core_clearance_decision").OnColumn("assessed_at");

        // One row per party of a subject's latest assessed version; identity and address_key are the normalised forms.
        create.Table("core_clearance_party")
            .WithColumn("id").AsInt64().PrimaryKey("core_clearance_party_pk").Identity()
            .WithColumn("subject_kind").AsString(20).NotNullable()
            .WithColumn("reference").AsString(64).NotNullable()
            .WithColumn("role").AsString(20).NotNullable()
            .WithColumn("identity").AsString(300).NotNullable()
            .WithColumn("address_key").AsString(300).Nullable()
            .WithColumn("name").AsString(300).NotNullable()
            .WithColumn("br_number").AsString(8).Nullable()
            .WithColumn("with_findings").AsBoolean().NotNullable();
        create.Index("core_clearance_party_identity_ix").OnTable("core_clearance_party").OnColumn("identity");
        create.Index("core_clearance_party_address_ix").OnTable("core_clearance_party").OnColumn("address_key");
        create.Index("core_clearance_party_subject_ix").OnTable("core_clearance_party")
            .OnColumn("subject_kind").Ascending().OnColumn("reference").Ascending();

        create.Table("core_clearance_examination")
            .WithColumn("id").AsInt64().PrimaryKey("core_clearance_examination_pk").Identity()
            .WithColumn("subject_kind").AsString(20).NotNullable()
            .WithColumn("reference").AsString(64).NotNullable()
            .WithColumn("findings").AsBoolean().NotNullable()
            .WithColumn("examined_at").Apply(time).NotNullable()
            .WithColumn("examined_by").AsString(100).NotNullable()
            .WithColumn("recorded_at").Apply(time).NotNullable();
        create.Index("core_clearance_examination_subject_ix").OnTable("core_clearance_examination")
            .OnColumn("subject_kind").Ascending().OnColumn("reference").Ascending().OnColumn("id").Ascending();
    }
}
