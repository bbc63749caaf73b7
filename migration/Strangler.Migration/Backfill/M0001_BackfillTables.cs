using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using Strangler.Core.Store.Schema;

namespace Strangler.Migration.Backfill;

/// <summary>
/// The backfill's own tables in the core's database (so they commit with the core's rows): a checkpoint per chunk, the
/// legacy records quarantined, and the conflicts found. Times as the core keeps them (<see cref="CoreMigration"/>).
/// </summary>
[FluentMigrator.Migration(2026_11_27_0001, "migration checkpoints, quarantine, conflicts")]
public sealed class M0001_BackfillTables : CoreMigration
{
    public override void Down()
    {
        Delete.Table("migration_conflict");
        Delete.Table("migration_quarantine");
        Delete.Table("migration_checkpoint");
    }

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time)
    {
        // day columns are the chunk's Hong Kong day as yyyy-MM-dd text (a key, not a time).
        create.Table("migration_checkpoint")
            .WithColumn("chunk_id").AsString(80).NotNullable().PrimaryKey("migration_checkpoint_pk")
            .WithColumn("unit").AsString(20).NotNullable()
            .WithColumn("interface").AsString(20).NotNullable()
            .WithColumn("day").AsString(10).NotNullable()
            .WithColumn("completed_at").Apply(time).NotNullable()
            .WithColumn("documents").AsInt32().NotNullable()
            .WithColumn("inserted").AsInt32().NotNullable()
            .WithColumn("skipped").AsInt32().NotNullable()
            .WithColumn("conflicts").AsInt32().NotNullable()
            .WithColumn("quarantined").AsInt32().NotNullable()
            .WithColumn("legacy_watermark").Apply(time).Nullable();

        create.Table("migration_quarantine")
            .WithColumn("interface").AsString(20).NotNullable().PrimaryKey("migration_quarantine_pk")
            .WithColumn("legacy_key").AsString(200).NotNullable().PrimaryKey("migration_quarantine_pk")
            .WithColumn("day").AsString(10).Nullable()
            .WithColumn("reason").AsString(2000).NotNullable()
            .WithColumn("chunk_id").AsString(80).NotNullable()
            .WithColumn("first_seen").Apply(time).NotNullable()
            .WithColumn("last_seen").Apply(time).NotNullable();

        create.Table("migration_conflict")
            .WithColumn("reference").AsString(64).NotNullable().PrimaryKey("migration_conflict_pk")
            .WithColumn("version_no").AsInt32().NotNullable().PrimaryKey("migration_conflict_pk")
            .WithColumn("chunk_id").AsString(80).NotNullable()
            .WithColumn("seen_at").Apply(time).NotNullable();
    }
}
