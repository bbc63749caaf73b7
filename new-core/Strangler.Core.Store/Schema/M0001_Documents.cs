using FluentMigrator;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;

namespace Strangler.Core.Store.Schema;

/// <summary>
/// Documents, their versions and history, and the new-core reference sequences. Tables are lower-case snake_case
/// with a <c>core_</c> prefix in the connection's default schema on both providers, so one SQL text serves both.
/// Times are <c>timestamptz</c> on PostgreSQL; on SQLite the same columns hold ISO 8601 UTC text.
/// </summary>
[Migration(2026_11_26_0001, "core documents, versions, events, reference sequences")]
public sealed class M0001_Documents : CoreMigration
{
    public override void Down()
    {
        Delete.Table("core_reference_sequence");
        Delete.Table("core_document_event");
        Delete.Table("core_document_version");
        Delete.Table("core_document");
    }

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time)
    {
        create.Table("core_document")
            .WithColumn("id").AsInt64().PrimaryKey("core_document_pk").Identity()
            .WithColumn("kind").AsString(40).NotNullable()
            .WithColumn("reference").AsString(64).NotNullable().Unique("core_document_reference_ux")
            .WithColumn("mode").AsString(20).Nullable()
            .WithColumn("source_interface").AsString(20).NotNullable()
            .WithColumn("client_key").AsString(100).NotNullable()
            .WithColumn("current_version").AsInt32().NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("created_at").Apply(time).NotNullable();

        create.Table("core_document_version")
            .WithColumn("document_id").AsInt64().NotNullable().PrimaryKey("core_document_version_pk")
                .ForeignKey("core_document_version_document_fk", "core_document", "id")
            .WithColumn("version_no").AsInt32().NotNullable().PrimaryKey("core_document_version_pk")
            .WithColumn("function").AsString(20).NotNullable()
            .WithColumn("received_at").Apply(time).NotNullable()
            .WithColumn("source_interface").AsString(20).NotNullable()
            .WithColumn("client_key").AsString(100).NotNullable()
            .WithColumn("canonical_form").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("checksum").AsString(64).NotNullable()
            .WithColumn("document_json").AsString(int.MaxValue).Nullable();

        create.Table("core_document_event")
            .WithColumn("id").AsInt64().PrimaryKey("core_document_event_pk").Identity()
            .WithColumn("document_id").AsInt64().NotNullable().ForeignKey("core_document_event_document_fk", "core_document", "id")
            .WithColumn("version_no").AsInt32().NotNullable()
            .WithColumn("at").Apply(time).NotNullable()
            .WithColumn("kind").AsString(30).NotNullable()
            .WithColumn("detail").AsString(500).Nullable();
        create.Index("core_document_event_document_ix").OnTable("core_document_event").OnColumn("document_id");

        // day is the sequence's key (yyyy-MM-dd text), not a time.
        create.Table("core_reference_sequence")
            .WithColumn("name").AsString(40).NotNullable().PrimaryKey("core_reference_sequence_pk")
            .WithColumn("day").AsString(10).NotNullable().PrimaryKey("core_reference_sequence_pk")
            .WithColumn("next_value").AsInt64().NotNullable();
    }
}
