using FluentMigrator;

namespace Strangler.Legacy.Eman.Migrations;

/// <summary>
/// The request logs that make resends idempotent (one row per answered message, one per answered
/// interchange; UNIQUE so that concurrent duplicates record once) and the per-key notice feed
/// (detention notices and release vouchers with their consignment lines).
/// </summary>
[Migration(2, "EMAN request logs and notices")]
public sealed class M0002_RequestLogsAndNotices : Migration
{
    public override void Up()
    {
        Create.Table("EMN_MESSAGE_LOG")
            .WithColumn("LOG_ID").AsInt64().NotNullable().PrimaryKey("EMN_MESSAGE_LOG_PK")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("INTERCHANGE_REF").AsAnsiString(14).NotNullable()
            .WithColumn("MESSAGE_REF").AsAnsiString(14).NotNullable()
            .WithColumn("CONTENT_HASH").AsFixedLengthAnsiString(64).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("MANIFEST_ID").AsInt64().Nullable()
            // The CUSRES message (UNH..UNT) answered, as written.
            .WithColumn("ANSWER_TEXT").AsBinary(int.MaxValue).Nullable();
        Create.Index("EMN_MESSAGE_LOG_UK").OnTable("EMN_MESSAGE_LOG")
            .OnColumn("CLIENT_KEY").Ascending().OnColumn("INTERCHANGE_REF").Ascending().OnColumn("MESSAGE_REF").Ascending()
            .WithOptions().Unique();

        Create.Table("EMN_INTERCHANGE_LOG")
            .WithColumn("LOG_ID").AsInt64().NotNullable().PrimaryKey("EMN_INTERCHANGE_LOG_PK")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("INTERCHANGE_REF").AsAnsiString(14).NotNullable()
            // SHA-256 of the message refs and message hashes in order: what makes a resend "the same interchange".
            .WithColumn("FINGERPRINT").AsFixedLengthAnsiString(64).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("ANSWER_BYTES").AsBinary(int.MaxValue).NotNullable();
        Create.Index("EMN_INTERCHANGE_LOG_UK").OnTable("EMN_INTERCHANGE_LOG")
            .OnColumn("CLIENT_KEY").Ascending().OnColumn("INTERCHANGE_REF").Ascending().OnColumn("FINGERPRINT").Ascending()
            .WithOptions().Unique();

        Create.Table("EMN_NOTICE")
            .WithColumn("NOTICE_ID").AsInt64().NotNullable().PrimaryKey("EMN_NOTICE_PK")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("CURSOR_NO").AsInt64().NotNullable()
            .WithColumn("MANIFEST_ID").AsInt64().NotNullable()
            .WithColumn("EMAN_REF").AsFixedLengthAnsiString(16).NotNullable()
            .WithColumn("NOTICE_CD").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("ISSUED_AT").AsDateTime().NotNullable()
            // Detention notices: when the examination completes and whether the release voucher is out.
            .WithColumn("RELEASE_DUE_AT").AsDateTime().Nullable()
            .WithColumn("RELEASED_FLAG").AsFixedLengthAnsiString(1).Nullable()
            // Release vouchers: the detention notice they release.
            .WithColumn("DETENTION_NOTICE_ID").AsInt64().Nullable();
        Create.Index("EMN_NOTICE_UK_CURSOR").OnTable("EMN_NOTICE")
            .OnColumn("CLIENT_KEY").Ascending().OnColumn("CURSOR_NO").Ascending()
            .WithOptions().Unique();
        Create.Index("EMN_NOTICE_IX_DUE").OnTable("EMN_NOTICE")
            .OnColumn("RELEASED_FLAG").Ascending().OnColumn("RELEASE_DUE_AT").Ascending();

        Create.Table("EMN_NOTICE_LINE")
            .WithColumn("NOTICE_ID").AsInt64().NotNullable().PrimaryKey("EMN_NOTICE_LINE_PK")
                .ForeignKey("EMN_NOTICE_LINE_FK", "EMN_NOTICE", "NOTICE_ID")
            .WithColumn("CNI_SEQ_NO").AsInt32().NotNullable().PrimaryKey("EMN_NOTICE_LINE_PK")
            .WithColumn("TRANSPORT_DOC_NO").AsString(35).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("EMN_NOTICE_LINE");
        Delete.Table("EMN_NOTICE");
        Delete.Table("EMN_INTERCHANGE_LOG");
        Delete.Table("EMN_MESSAGE_LOG");
    }
}
