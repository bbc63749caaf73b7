using FluentMigrator;
using Strangler.Legacy.Platform.Schema;

namespace Strangler.Legacy.Rocars.Migrations;

/// <summary>
/// The ROCARS legacy store in the style of the Oracle system it imitates: RCS_ tables, NUMBER keys
/// from sequences, Hong Kong local times without zone, fixed-width codes, one row per ACI version.
/// SCHEMA.md lists the quirks the backfill must undo.
/// </summary>
[Migration(2026112601, "ROCARS legacy schema")]
public sealed class M001_RocarsSchema : Migration
{
    public override void Up()
    {
        // Oracle sequences, kept as a table so that SQLite and PostgreSQL run the same SQL.
        Create.LegacySequenceTable(RocarsStandIn.Prefix);

        // The ACI header: one row per CCRN; its content lives in RCS_ACI_VERSION.
        Create.Table("RCS_ACI")
            .WithColumn("ACI_ID").AsInt64().NotNullable().PrimaryKey("PK_RCS_ACI")
            .WithColumn("CCRN").AsFixedLengthAnsiString(16).NotNullable().Unique("UQ_RCS_ACI_CCRN")
            .WithColumn("OWNER_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("CHANNEL_CD").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("STATUS_CD").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("CURR_VERSION_NO").AsInt32().NotNullable()
            .WithColumn("LODGED_AT").AsDateTime().NotNullable();

        Create.Table("RCS_ACI_VERSION")
            .WithColumn("ACI_ID").AsInt64().NotNullable().PrimaryKey("PK_RCS_ACI_VERSION").ForeignKey("FK_RCS_ACI_VERSION_ACI", "RCS_ACI", "ACI_ID")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("PK_RCS_ACI_VERSION")
            .WithColumn("FUNCTION_CD").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("MESSAGE_ID").AsString(35).NotNullable()
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("SOURCE").AsString(70).Nullable()
            .WithColumn("DIRECTION_CD").AsFixedLengthAnsiString(1).Nullable()
            .WithColumn("CONTROL_POINT").AsFixedLengthAnsiString(5).Nullable()
            .WithColumn("EXPECTED_CROSSING").AsDateTime().Nullable()
            .WithColumn("SHIPPER_NAME").AsString(70).Nullable()
            .WithColumn("SHIPPER_ADDR").AsString(70).Nullable()
            .WithColumn("CONSIGNOR_NAME").AsString(70).Nullable()
            .WithColumn("CONSIGNOR_ADDR").AsString(70).Nullable()
            .WithColumn("CONSIGNEE_NAME").AsString(70).Nullable()
            .WithColumn("CONSIGNEE_ADDR").AsString(70).Nullable()
            .WithColumn("PKG_COUNT").AsInt64().Nullable()
            .WithColumn("PKG_DESC").AsString(35).Nullable();

        Create.Table("RCS_ACI_ARTICLE")
            .WithColumn("ACI_ID").AsInt64().NotNullable().PrimaryKey("PK_RCS_ACI_ARTICLE")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("PK_RCS_ACI_ARTICLE")
            .WithColumn("LINE_NO").AsInt32().NotNullable().PrimaryKey("PK_RCS_ACI_ARTICLE")
            .WithColumn("DESCRIPTION").AsString(280).NotNullable()
            .WithColumn("HS_CODE").AsFixedLengthAnsiString(8).Nullable()
            .WithColumn("GROSS_WEIGHT_KG").AsDecimal(23, 3).Nullable()
            .WithColumn("VALUE_HKD").AsDecimal(22, 2).Nullable();

        Create.Table("RCS_BUNDLE")
            .WithColumn("BUNDLE_ID").AsInt64().NotNullable().PrimaryKey("PK_RCS_BUNDLE")
            .WithColumn("BUNDLE_REF").AsFixedLengthAnsiString(15).NotNullable().Unique("UQ_RCS_BUNDLE_REF")
            .WithColumn("OWNER_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("MESSAGE_ID").AsString(35).NotNullable()
            .WithColumn("VRN").AsAnsiString(6).NotNullable()
            .WithColumn("DIRECTION_CD").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("CONTROL_POINT").AsFixedLengthAnsiString(5).NotNullable()
            .WithColumn("EXPECTED_ARRIVAL").AsDateTime().NotNullable()
            .WithColumn("LIVE_UNTIL").AsDateTime().NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("STATUS_CD").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("UNBUNDLED_AT").AsDateTime().Nullable()
            .WithColumn("UNBUNDLE_MSG_ID").AsString(35).Nullable()
            .WithColumn("INSTRUCTION_CD").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("RISK_RULE").AsAnsiString(10).NotNullable();
        Create.Index("IX_RCS_BUNDLE_VRN").OnTable("RCS_BUNDLE").OnColumn("VRN").Ascending().OnColumn("CONTROL_POINT").Ascending();

        Create.Table("RCS_BUNDLE_CCRN")
            .WithColumn("BUNDLE_ID").AsInt64().NotNullable().PrimaryKey("PK_RCS_BUNDLE_CCRN").ForeignKey("FK_RCS_BUNDLE_CCRN_BUNDLE", "RCS_BUNDLE", "BUNDLE_ID")
            .WithColumn("LINE_NO").AsInt32().NotNullable().PrimaryKey("PK_RCS_BUNDLE_CCRN")
            .WithColumn("ACI_ID").AsInt64().NotNullable().ForeignKey("FK_RCS_BUNDLE_CCRN_ACI", "RCS_ACI", "ACI_ID")
            .WithColumn("CCRN").AsFixedLengthAnsiString(16).NotNullable();
        Create.Index("IX_RCS_BUNDLE_CCRN_ACI").OnTable("RCS_BUNDLE_CCRN").OnColumn("ACI_ID").Ascending();

        // Idempotency: one row per key and MessageId (X-Message-Id of DELETE included), inserted first.
        Create.Table("RCS_REQUEST_LOG")
            .WithColumn("LOG_ID").AsInt64().NotNullable().PrimaryKey("PK_RCS_REQUEST_LOG")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("MESSAGE_ID").AsString(35).NotNullable()
            .WithColumn("METHOD_CD").AsAnsiString(6).NotNullable()
            .WithColumn("REQUEST_PATH").AsAnsiString(200).NotNullable()
            .WithColumn("BODY_SHA256").AsFixedLengthAnsiString(64).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("ANSWER_BODY").AsBinary(int.MaxValue).NotNullable();
        Create.Index("UQ_RCS_REQUEST_LOG").OnTable("RCS_REQUEST_LOG").OnColumn("CLIENT_KEY").Ascending().OnColumn("MESSAGE_ID").Ascending()
            .WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Table("RCS_REQUEST_LOG");
        Delete.Table("RCS_BUNDLE_CCRN");
        Delete.Table("RCS_BUNDLE");
        Delete.Table("RCS_ACI_ARTICLE");
        Delete.Table("RCS_ACI_VERSION");
        Delete.Table("RCS_ACI");
        Delete.Table("RCS_SEQUENCES");
    }
}
