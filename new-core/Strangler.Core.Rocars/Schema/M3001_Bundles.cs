using FluentMigrator;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using Strangler.Core.Store.Schema;

namespace Strangler.Core.Rocars.Schema;

/// <summary>
/// ROCARS bundles with their kept risk decision, the CCRNs each links, and one guard row per CCRN: bundling and
/// AMEND/CANCEL of a CCRN lock its guard row, so the cross-key checks (R021, R031) are atomic with their writes.
/// </summary>
[Migration(2026_11_26_3001, "rocars bundles, bundle CCRNs, CCRN guards")]
public sealed class M3001_Bundles : CoreMigration
{
    public override void Down()
    {
        Delete.Table("core_rocars_ccrn_guard");
        Delete.Table("core_rocars_bundle_ccrn");
        Delete.Table("core_rocars_bundle");
    }

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time)
    {
        create.Table("core_rocars_bundle")
            .WithColumn("bundle_ref").AsString(20).NotNullable().PrimaryKey("core_rocars_bundle_pk")
            .WithColumn("client_key").AsString(100).NotNullable()
            .WithColumn("message_id").AsString(100).NotNullable()
            .WithColumn("content_hash").AsString(64).NotNullable()
            .WithColumn("vrn").AsString(10).NotNullable()
            .WithColumn("direction").AsString(10).NotNullable()
            .WithColumn("control_point").AsString(10).NotNullable()
            .WithColumn("expected_arrival").Apply(time).NotNullable()
            .WithColumn("live_until").Apply(time).NotNullable()
            .WithColumn("received_at").Apply(time).NotNullable()
            .WithColumn("unbundled_at").Apply(time).Nullable()
            .WithColumn("channel").AsString(30).Nullable()
            .WithColumn("instruction").AsString(4).Nullable()
            .WithColumn("rule_set_version").AsInt32().Nullable()
            .WithColumn("reasons").AsString(int.MaxValue).Nullable();
        create.Index("core_rocars_bundle_message_ux").OnTable("core_rocars_bundle")
            .OnColumn("client_key").Ascending().OnColumn("message_id").Ascending().WithOptions().Unique();
        create.Index("core_rocars_bundle_vrn_ix").OnTable("core_rocars_bundle").OnColumn("vrn").Ascending().OnColumn("control_point").Ascending();

        create.Table("core_rocars_bundle_ccrn")
            .WithColumn("bundle_ref").AsString(20).NotNullable().PrimaryKey("core_rocars_bundle_ccrn_pk")
                .ForeignKey("core_rocars_bundle_ccrn_bundle_fk", "core_rocars_bundle", "bundle_ref")
            .WithColumn("ccrn").AsString(16).NotNullable().PrimaryKey("core_rocars_bundle_ccrn_pk");
        create.Index("core_rocars_bundle_ccrn_ccrn_ix").OnTable("core_rocars_bundle_ccrn").OnColumn("ccrn");

        // pending_version: an AMEND/CANCEL cleared of R021 whose version is being written; bundling waits for no one and
        // treats such a CCRN as changing (R031).
        create.Table("core_rocars_ccrn_guard")
            .WithColumn("ccrn").AsString(16).NotNullable().PrimaryKey("core_rocars_ccrn_guard_pk")
            .WithColumn("touches").AsInt64().NotNullable()
            .WithColumn("pending_version").AsInt32().Nullable();
    }
}
