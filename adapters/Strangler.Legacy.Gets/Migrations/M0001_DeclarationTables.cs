using FluentMigrator;
using Strangler.Legacy.Platform.Schema;

namespace Strangler.Legacy.Gets.Migrations;

/// <summary>
/// The TDEC store as the Oracle-era GETS kept it: a header row per TDEC number, one row per version
/// (original, amendments, the cancellation) with its items and transport documents, codes in fixed
/// width columns, dates in Hong Kong local time without zone. See SCHEMA.md.
/// </summary>
[Migration(202611260001, "GETS declarations, versions, items, transport documents")]
public sealed class M0001_DeclarationTables : Migration
{
    public override void Up()
    {
        Create.LegacySequenceTable("GTS_");

        Create.Table("GTS_DECLARATION")
            .WithColumn("DECLARATION_ID").AsInt64().NotNullable().PrimaryKey("PK_GTS_DECLARATION")
            .WithColumn("TDEC_NO").AsFixedLengthAnsiString(16).NotNullable()
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("DECLARANT_BR").AsFixedLengthAnsiString(8).NotNullable()
            .WithColumn("LRN").AsString(35).NotNullable()
            .WithColumn("IE_FLAG").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("MODE_CODE").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("STATUS").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("CURRENT_VERSION").AsInt32().NotNullable()
            .WithColumn("PENALTY_AMT").AsDecimal(9, 2).Nullable()
            .WithColumn("LODGED_AT").AsDateTime().NotNullable()
            .WithColumn("UPDATED_AT").AsDateTime().NotNullable();
        Create.UniqueConstraint("UQ_GTS_DECLARATION_TDEC").OnTable("GTS_DECLARATION").Column("TDEC_NO");
        Create.UniqueConstraint("UQ_GTS_DECLARATION_LRN").OnTable("GTS_DECLARATION").Columns("DECLARANT_BR", "LRN");

        Create.Table("GTS_DECLARATION_VERSION")
            .WithColumn("DECLARATION_ID").AsInt64().NotNullable().PrimaryKey("PK_GTS_DECLARATION_VERSION")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("PK_GTS_DECLARATION_VERSION")
            .WithColumn("FUNCTION_CODE").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("FORM_CODE").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("LRN").AsString(35).NotNullable()
            .WithColumn("DOCUMENT_DATE").AsDate().NotNullable()
            .WithColumn("IE_DATE_QUAL").AsFixedLengthAnsiString(3).Nullable()
            .WithColumn("IE_DATE").AsDate().Nullable()
            .WithColumn("DECLARANT_BR").AsFixedLengthAnsiString(8).NotNullable()
            .WithColumn("DECLARANT_NAME").AsString(35).NotNullable()
            .WithColumn("DECLARANT_STREET").AsString(35).Nullable()
            .WithColumn("DECLARANT_CITY").AsString(35).Nullable()
            .WithColumn("DECLARANT_POST_CODE").AsString(9).Nullable()
            .WithColumn("DECLARANT_COUNTRY").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("TRADER_ROLE").AsFixedLengthAnsiString(2).Nullable()
            .WithColumn("TRADER_BR").AsFixedLengthAnsiString(8).Nullable()
            .WithColumn("TRADER_NAME").AsString(35).Nullable()
            .WithColumn("TRADER_STREET").AsString(35).Nullable()
            .WithColumn("TRADER_CITY").AsString(35).Nullable()
            .WithColumn("TRADER_POST_CODE").AsString(9).Nullable()
            .WithColumn("TRADER_COUNTRY").AsFixedLengthAnsiString(2).Nullable()
            .WithColumn("MODE_CODE").AsFixedLengthAnsiString(1).Nullable()
            .WithColumn("CONVEYANCE_ID").AsString(17).Nullable()
            .WithColumn("CONVEYANCE_NAME").AsString(35).Nullable()
            .WithColumn("CONSIGNMENT_CTRY").AsFixedLengthAnsiString(2).Nullable()
            .WithColumn("LOADING_PLACE").AsFixedLengthAnsiString(5).Nullable()
            .WithColumn("ITEM_COUNT").AsInt32().NotNullable()
            .WithColumn("TOTAL_VALUE").AsDecimal(24, 2).Nullable()
            .WithColumn("CHARGE_AMT").AsDecimal(9, 2).Nullable()
            .WithColumn("PENALTY_AMT").AsDecimal(9, 2).Nullable()
            .WithColumn("LEVY_AMT").AsDecimal(14, 2).Nullable()
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("INTERCHANGE_REF").AsAnsiString(14).NotNullable()
            .WithColumn("MESSAGE_REF").AsAnsiString(14).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable();

        Create.Table("GTS_DECLARATION_ITEM")
            .WithColumn("DECLARATION_ID").AsInt64().NotNullable().PrimaryKey("PK_GTS_DECLARATION_ITEM")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("PK_GTS_DECLARATION_ITEM")
            .WithColumn("ITEM_NO").AsInt32().NotNullable().PrimaryKey("PK_GTS_DECLARATION_ITEM")
            .WithColumn("HKHS_CODE").AsFixedLengthAnsiString(8).NotNullable()
            .WithColumn("DESCRIPTION").AsString(280).NotNullable()
            .WithColumn("QUANTITY").AsDecimal(24, 3).NotNullable()
            .WithColumn("UNIT_CODE").AsFixedLengthAnsiString(3).NotNullable()
            .WithColumn("VALUE_QUAL").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("VALUE_AMT").AsDecimal(24, 2).NotNullable()
            .WithColumn("ORIGIN_CTRY").AsFixedLengthAnsiString(2).NotNullable();

        Create.Table("GTS_TRANSPORT_DOC")
            .WithColumn("DECLARATION_ID").AsInt64().NotNullable().PrimaryKey("PK_GTS_TRANSPORT_DOC")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("PK_GTS_TRANSPORT_DOC")
            .WithColumn("SEQ_NO").AsInt32().NotNullable().PrimaryKey("PK_GTS_TRANSPORT_DOC")
            .WithColumn("DOC_QUAL").AsAnsiString(3).NotNullable()
            .WithColumn("DOC_REF").AsString(35).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("GTS_TRANSPORT_DOC");
        Delete.Table("GTS_DECLARATION_ITEM");
        Delete.Table("GTS_DECLARATION_VERSION");
        Delete.Table("GTS_DECLARATION");
        Delete.Table("GTS_SEQUENCES");
    }
}
