using FluentMigrator;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using Strangler.Core.Store.Schema;

namespace Strangler.Core.Eman.Schema;

/// <summary>
/// The EMAN module's tables: manifests (one row per EMAN ref, with the trip key that makes E019 a unique index), their
/// acknowledged versions, the recorded answers of messages and interchanges (replays), and the notice feed with its
/// per-key cursor sequence (which the backfill continues from the legacy cursors).
/// </summary>
[Migration(2026_11_26_2001, "core eman manifests, versions, recorded answers, notices")]
public sealed class M2001_EmanTables : CoreMigration
{
    public override void Down()
    {
        Delete.Table("core_eman_cursor");
        Delete.Table("core_eman_notice");
        Delete.Table("core_eman_interchange");
        Delete.Table("core_eman_message");
        Delete.Table("core_eman_version");
        Delete.Table("core_eman_manifest");
    }

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time)
    {
        // trip_key is set while the manifest is live and null once cancelled: the unique index is E019 across processes.
        create.Table("core_eman_manifest")
            .WithColumn("eman_ref").AsString(16).NotNullable().PrimaryKey("core_eman_manifest_pk")
            .WithColumn("client_key").AsString(100).NotNullable()
            .WithColumn("carrier_code").AsString(35).NotNullable()
            .WithColumn("conveyance_id").AsString(35).NotNullable()
            .WithColumn("voyage").AsString(35).NotNullable()
            .WithColumn("direction").AsString(3).NotNullable()
            .WithColumn("statement").AsString(3).NotNullable()
            .WithColumn("mode").AsString(3).NotNullable()
            .WithColumn("trip_key").AsString(200).Nullable().Unique("core_eman_manifest_trip_ux")
            .WithColumn("current_version").AsInt32().NotNullable()
            .WithColumn("cancelled").AsBoolean().NotNullable();

        create.Table("core_eman_version")
            .WithColumn("eman_ref").AsString(16).NotNullable().PrimaryKey("core_eman_version_pk")
            .WithColumn("version_no").AsInt32().NotNullable().PrimaryKey("core_eman_version_pk")
            .WithColumn("function").AsString(1).NotNullable()
            .WithColumn("document_number").AsString(35).NotNullable()
            .WithColumn("interchange_ref").AsString(14).NotNullable()
            .WithColumn("message_ref").AsString(14).NotNullable()
            .WithColumn("received_at").Apply(time).NotNullable()
            .WithColumn("statuses").AsString(20).NotNullable();

        create.Table("core_eman_message")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_eman_message_pk")
            .WithColumn("interchange_ref").AsString(14).NotNullable().PrimaryKey("core_eman_message_pk")
            .WithColumn("message_ref").AsString(14).NotNullable().PrimaryKey("core_eman_message_pk")
            .WithColumn("content_hash").AsString(64).NotNullable()
            .WithColumn("answer").AsString(int.MaxValue).NotNullable();

        create.Table("core_eman_interchange")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_eman_interchange_pk")
            .WithColumn("interchange_ref").AsString(14).NotNullable().PrimaryKey("core_eman_interchange_pk")
            .WithColumn("content_hash").AsString(64).NotNullable()
            .WithColumn("answer").AsBinary(int.MaxValue).NotNullable();

        // lines: "seq<TAB>document number" per consignment, LF-separated (neither character is in any repertoire).
        create.Table("core_eman_notice")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_eman_notice_pk")
            .WithColumn("notice_cursor").AsInt64().NotNullable().PrimaryKey("core_eman_notice_pk")
            .WithColumn("eman_ref").AsString(16).NotNullable()
            .WithColumn("kind").AsString(2).NotNullable()
            .WithColumn("issued_at").Apply(time).NotNullable()
            .WithColumn("lines").AsString(int.MaxValue).NotNullable()
            .WithColumn("release_due").Apply(time).Nullable()
            .WithColumn("released").AsBoolean().NotNullable();
        create.Index("core_eman_notice_ref_ix").OnTable("core_eman_notice").OnColumn("eman_ref");

        create.Table("core_eman_cursor")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_eman_cursor_pk")
            .WithColumn("last_cursor").AsInt64().NotNullable();
    }
}
