using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using Strangler.Core.Store.Schema;

namespace Strangler.Migration.Reconciliation;

/// <summary>
/// Reconciliation's tables in the core's database: one row per reconciliation run (a chunk's, or a unit's whole span
/// after catch-up), and the quarantined records an operator accepted with a reason (an explained difference). The
/// quarantine rows gain the unit they were found for, so a unit's quarantine can be listed.
/// </summary>
[FluentMigrator.Migration(2026_11_27_0002, "reconciliation runs, quarantine acceptances")]
public sealed class M0002_Reconciliation : CoreMigration
{
    public override void Up()
    {
        base.Up();
        Alter.Table("migration_quarantine").AddColumn("unit").AsString(20).Nullable();
        Create.Index("migration_quarantine_unit_ix").OnTable("migration_quarantine").OnColumn("unit");
    }

    public override void Down()
    {
        Delete.Index("migration_quarantine_unit_ix").OnTable("migration_quarantine");
        Delete.Column("unit").FromTable("migration_quarantine");
        Delete.Table("migration_quarantine_acceptance");
        Delete.Table("migration_reconciliation");
    }

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time)
    {
        create.Table("migration_reconciliation")
            .WithColumn("run_id").AsString(100).NotNullable().PrimaryKey("migration_reconciliation_pk")
            .WithColumn("unit").AsString(20).NotNullable()
            .WithColumn("scope").AsString(10).NotNullable()
            .WithColumn("chunk_id").AsString(80).Nullable()
            .WithColumn("run_trigger").AsString(30).NotNullable()
            .WithColumn("first_day").AsString(10).NotNullable()
            .WithColumn("last_day").AsString(10).NotNullable()
            .WithColumn("started_at").Apply(time).NotNullable()
            .WithColumn("finished_at").Apply(time).NotNullable()
            .WithColumn("legacy_records").AsInt32().NotNullable()
            .WithColumn("core_records").AsInt32().NotNullable()
            .WithColumn("missing").AsInt32().NotNullable()
            .WithColumn("extra").AsInt32().NotNullable()
            .WithColumn("differing").AsInt32().NotNullable()
            .WithColumn("duplicates").AsInt32().NotNullable()
            .WithColumn("quarantined").AsInt32().NotNullable()
            .WithColumn("quarantine_accepted").AsInt32().NotNullable()
            .WithColumn("catchup_inserted").AsInt32().NotNullable()
            .WithColumn("catchup_watermark").Apply(time).Nullable()
            .WithColumn("rounds").AsInt32().NotNullable()
            .WithColumn("outcome").AsString(20).NotNullable()
            .WithColumn("detail").AsString(int.MaxValue).Nullable();
        create.Index("migration_reconciliation_unit_ix").OnTable("migration_reconciliation")
            .OnColumn("unit").Ascending().OnColumn("scope").Ascending().OnColumn("finished_at").Descending();

        create.Table("migration_quarantine_acceptance")
            .WithColumn("interface").AsString(20).NotNullable().PrimaryKey("migration_quarantine_acceptance_pk")
            .WithColumn("legacy_key").AsString(200).NotNullable().PrimaryKey("migration_quarantine_acceptance_pk")
            .WithColumn("why").AsString(2000).NotNullable()
            .WithColumn("accepted_by").AsString(100).NotNullable()
            .WithColumn("accepted_at").Apply(time).NotNullable();
    }
}
