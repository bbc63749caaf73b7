using FluentMigrator;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using Strangler.Core.Store.Schema;

namespace Strangler.Core.PostClearance.Schema;

/// <summary>
/// The post-clearance match index (manifested consignments, documents named by declarations), the follow-up cases and
/// the indexer's checkpoint. Dates of import/export are Hong Kong calendar dates as <c>yyyy-MM-dd</c> text, so they
/// compare the same on both providers; times follow the store's provider-specific pattern (M0001).
/// </summary>
[Migration(2026_11_26_6001, "post-clearance match index, follow-up cases, checkpoint")]
public sealed class M6001_PostClearance : CoreMigration
{
    public override void Down()
    {
        Delete.Table("core_postclearance_checkpoint");
        Delete.Table("core_postclearance_case");
        Delete.Table("core_postclearance_named_document");
        Delete.Table("core_postclearance_consignment");
    }

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time)
    {
        // One row per consignment of a stored manifest, cargo report or ACI; replaced whenever that document changes.
        create.Table("core_postclearance_consignment")
            .WithColumn("reference").AsString(64).NotNullable().PrimaryKey("core_postclearance_consignment_pk")
            .WithColumn("doc_key").AsString(64).NotNullable().PrimaryKey("core_postclearance_consignment_pk")
            .WithColumn("doc_number").AsString(64).NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("master_key").AsString(64).Nullable()
            .WithColumn("source_key").AsString(64).NotNullable()
            .WithColumn("mode").AsString(10).Nullable()
            .WithColumn("direction").AsString(10).NotNullable()
            .WithColumn("event_date").AsString(10).Nullable()
            .WithColumn("transhipment").AsBoolean().NotNullable()
            .WithColumn("licences").AsString(1000).Nullable()
            .WithColumn("carrier").AsString(100).Nullable()
            .WithColumn("client_key").AsString(100).NotNullable();
        create.Index("core_postclearance_consignment_doc_ix").OnTable("core_postclearance_consignment").OnColumn("doc_key");
        create.Index("core_postclearance_consignment_source_ix").OnTable("core_postclearance_consignment").OnColumn("source_key");
        create.Index("core_postclearance_consignment_event_ix").OnTable("core_postclearance_consignment").OnColumn("event_date");
        create.Index("core_postclearance_consignment_master_ix").OnTable("core_postclearance_consignment").OnColumn("master_key");

        // One row per transport document (or EMAN ref) a declaration names; replaced whenever the declaration changes.
        create.Table("core_postclearance_named_document")
            .WithColumn("tdec").AsString(64).NotNullable().PrimaryKey("core_postclearance_named_document_pk")
            .WithColumn("kind").AsString(20).NotNullable().PrimaryKey("core_postclearance_named_document_pk")
            .WithColumn("doc_key").AsString(64).NotNullable().PrimaryKey("core_postclearance_named_document_pk")
            .WithColumn("doc_number").AsString(64).NotNullable()
            .WithColumn("received_at").Apply(time).NotNullable()
            .WithColumn("client_key").AsString(100).NotNullable();
        create.Index("core_postclearance_named_document_doc_ix").OnTable("core_postclearance_named_document").OnColumn("doc_key");

        // One case per transport document: opened once, closed once, never deleted.
        create.Table("core_postclearance_case")
            .WithColumn("id").AsInt64().PrimaryKey("core_postclearance_case_pk").Identity()
            .WithColumn("doc_key").AsString(64).NotNullable().Unique("core_postclearance_case_doc_ux")
            .WithColumn("doc_number").AsString(64).NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("reference").AsString(64).NotNullable()
            .WithColumn("mode").AsString(10).Nullable()
            .WithColumn("direction").AsString(10).NotNullable()
            .WithColumn("event_date").AsString(10).NotNullable()
            .WithColumn("carrier").AsString(100).Nullable()
            .WithColumn("client_key").AsString(100).NotNullable()
            .WithColumn("opened_at").Apply(time).NotNullable()
            .WithColumn("closed_at").Apply(time).Nullable()
            .WithColumn("closed_by").AsString(64).Nullable();

        create.Table("core_postclearance_checkpoint")
            .WithColumn("name").AsString(40).NotNullable().PrimaryKey("core_postclearance_checkpoint_pk")
            .WithColumn("last_event_id").AsInt64().NotNullable();
    }
}
