using FluentMigrator;
using Strangler.Legacy.Platform.Schema;

namespace Strangler.Legacy.Platform.Tests.Demo;

[Migration(1, "Demo legacy store")]
public sealed class M0001_DemoStore : Migration
{
    public override void Up()
    {
        Create.LegacySequenceTable("DMO_");

        Create.Table("DMO_DOCUMENTS")
            .WithColumn("DOC_ID").AsInt64().NotNullable().PrimaryKey("DMO_DOCUMENTS_PK")
            .WithColumn("DOC_REF").AsFixedLengthAnsiString(16).NotNullable()
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("VERSION_NO").AsInt32().NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("BODY_TEXT").AsString(4000).NotNullable();
        Create.Index("DMO_DOCUMENTS_REF_UX").OnTable("DMO_DOCUMENTS")
            .OnColumn("DOC_REF").Ascending().OnColumn("VERSION_NO").Ascending().WithOptions().Unique();

        Create.Table("DMO_REQUEST_LOG")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable().PrimaryKey("DMO_REQUEST_LOG_PK")
            .WithColumn("IDENTITY_TEXT").AsString(400).NotNullable().PrimaryKey("DMO_REQUEST_LOG_PK")
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("ANSWER_TEXT").AsString(4000).Nullable();
    }

    public override void Down()
    {
        Delete.Table("DMO_REQUEST_LOG");
        Delete.Table("DMO_DOCUMENTS");
        Delete.Table("DMO_SEQUENCES");
    }
}
