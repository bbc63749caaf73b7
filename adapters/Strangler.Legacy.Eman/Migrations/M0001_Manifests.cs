using FluentMigrator;
using Strangler.Legacy.Platform.Schema;

namespace Strangler.Legacy.Eman.Migrations;

/// <summary>
/// The manifest tables in the style of the Oracle system EMAN imitates: one master row per EMAN ref,
/// one row per version (old versions kept), detail rows per version, codes fixed width, dates as Hong
/// Kong local time without zone, cancellation as a status.
/// </summary>
[Migration(1, "EMAN manifests and their versions")]
public sealed class M0001_Manifests : Migration
{
    public override void Up()
    {
        Create.LegacySequenceTable("EMN_");
        Create.Table("EMN_MANIFEST")
            .WithColumn("MANIFEST_ID").AsInt64().NotNullable().PrimaryKey("EMN_MANIFEST_PK")
            .WithColumn("EMAN_REF").AsFixedLengthAnsiString(16).NotNullable()
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("MODE_CD").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("CARRIER_CD").AsAnsiString(9).NotNullable()
            .WithColumn("CONVEYANCE_ID").AsAnsiString(17).NotNullable()
            .WithColumn("VOYAGE_NO").AsAnsiString(17).NotNullable()
            .WithColumn("DIRECTION_CD").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("STATEMENT_CD").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("STATUS_CD").AsFixedLengthAnsiString(1).NotNullable()
            // Filled while the manifest is live, NULL once cancelled: the one portable way (Oracle
            // included) to let a UNIQUE index enforce "one live manifest per trip" (E019).
            .WithColumn("LIVE_TRIP_KEY").AsAnsiString(60).Nullable()
            .WithColumn("CURRENT_VERSION_NO").AsInt32().NotNullable()
            .WithColumn("CREATED_AT").AsDateTime().NotNullable()
            .WithColumn("UPDATED_AT").AsDateTime().NotNullable();
        Create.Index("EMN_MANIFEST_UK_REF").OnTable("EMN_MANIFEST").OnColumn("EMAN_REF").Unique();
        Create.Index("EMN_MANIFEST_UK_TRIP").OnTable("EMN_MANIFEST").OnColumn("LIVE_TRIP_KEY").Unique();

        Create.Table("EMN_MANIFEST_VERSION")
            .WithColumn("MANIFEST_ID").AsInt64().NotNullable().PrimaryKey("EMN_MANIFEST_VERSION_PK")
                .ForeignKey("EMN_MANIFEST_VERSION_FK", "EMN_MANIFEST", "MANIFEST_ID")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("EMN_MANIFEST_VERSION_PK")
            .WithColumn("FUNCTION_CD").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("DOCUMENT_NO").AsString(35).NotNullable()
            .WithColumn("INTERCHANGE_REF").AsAnsiString(14).NotNullable()
            .WithColumn("MESSAGE_REF").AsAnsiString(14).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("LATE_FLAG").AsFixedLengthAnsiString(1).NotNullable()
            // The rest is NULL on a cancellation version: a cancellation's other fields are not judged.
            .WithColumn("DOCUMENT_AT").AsDateTime().Nullable()
            .WithColumn("CARRIER_NAME").AsString(35).Nullable()
            .WithColumn("CONVEYANCE_NAME").AsString(35).Nullable()
            .WithColumn("LOADING_LOC").AsFixedLengthAnsiString(5).Nullable()
            .WithColumn("DISCHARGE_LOC").AsFixedLengthAnsiString(5).Nullable()
            .WithColumn("EVENT_CD").AsFixedLengthAnsiString(3).Nullable()
            .WithColumn("EVENT_AT").AsDateTime().Nullable()
            .WithColumn("TOTAL_PACKAGES").AsDecimal(20, 0).Nullable()
            .WithColumn("TOTAL_GROSS_KG").AsDecimal(23, 3).Nullable()
            .WithColumn("CONTAINER_COUNT").AsInt32().Nullable();

        Create.Table("EMN_EQUIPMENT")
            .WithColumn("MANIFEST_ID").AsInt64().NotNullable().PrimaryKey("EMN_EQUIPMENT_PK")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("EMN_EQUIPMENT_PK")
            .WithColumn("EQD_SEQ_NO").AsInt32().NotNullable().PrimaryKey("EMN_EQUIPMENT_PK")
            .WithColumn("CONTAINER_NO").AsFixedLengthAnsiString(11).NotNullable()
            .WithColumn("SIZE_TYPE_CD").AsFixedLengthAnsiString(4).NotNullable()
            .WithColumn("FULL_EMPTY_CD").AsFixedLengthAnsiString(1).NotNullable()
            // Up to three carrier seals, space-separated in one column (legacy habit).
            .WithColumn("SEAL_NOS").AsAnsiString(50).Nullable();

        Create.Table("EMN_CONSIGNMENT")
            .WithColumn("MANIFEST_ID").AsInt64().NotNullable().PrimaryKey("EMN_CONSIGNMENT_PK")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("EMN_CONSIGNMENT_PK")
            .WithColumn("CNI_SEQ_NO").AsInt32().NotNullable().PrimaryKey("EMN_CONSIGNMENT_PK")
            .WithColumn("TRANSPORT_DOC_NO").AsString(35).NotNullable()
            .WithColumn("MASTER_DOC_QUAL").AsAnsiString(3).Nullable()
            .WithColumn("MASTER_DOC_NO").AsString(70).Nullable()
            .WithColumn("CONSIGNOR_NAME").AsString(35).NotNullable()
            .WithColumn("CONSIGNOR_STREET").AsString(35).Nullable()
            .WithColumn("CONSIGNOR_CITY").AsString(35).Nullable()
            .WithColumn("CONSIGNOR_POST_CD").AsString(9).Nullable()
            .WithColumn("CONSIGNOR_CTRY_CD").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("CONSIGNEE_NAME").AsString(35).NotNullable()
            .WithColumn("CONSIGNEE_STREET").AsString(35).Nullable()
            .WithColumn("CONSIGNEE_CITY").AsString(35).Nullable()
            .WithColumn("CONSIGNEE_POST_CD").AsString(9).Nullable()
            .WithColumn("CONSIGNEE_CTRY_CD").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("TRANSHIP_FLAG").AsFixedLengthAnsiString(1).NotNullable()
            // Up to nine licence numbers, space-separated in one column (legacy habit).
            .WithColumn("LICENCE_NOS").AsString(200).Nullable();

        Create.Table("EMN_GOODS_ITEM")
            .WithColumn("MANIFEST_ID").AsInt64().NotNullable().PrimaryKey("EMN_GOODS_ITEM_PK")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("EMN_GOODS_ITEM_PK")
            .WithColumn("CNI_SEQ_NO").AsInt32().NotNullable().PrimaryKey("EMN_GOODS_ITEM_PK")
            .WithColumn("ITEM_NO").AsInt32().NotNullable().PrimaryKey("EMN_GOODS_ITEM_PK")
            .WithColumn("PACKAGES").AsDecimal(20, 0).NotNullable()
            .WithColumn("PACKAGE_CD").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("DESCRIPTION").AsString(280).NotNullable()
            .WithColumn("HS_CD").AsFixedLengthAnsiString(6).Nullable()
            .WithColumn("GROSS_KG").AsDecimal(23, 3).NotNullable()
            .WithColumn("GROSS_M3").AsDecimal(23, 3).Nullable()
            .WithColumn("MARKS").AsString(35).Nullable();

        Create.Table("EMN_PLACEMENT")
            .WithColumn("MANIFEST_ID").AsInt64().NotNullable().PrimaryKey("EMN_PLACEMENT_PK")
            .WithColumn("VERSION_NO").AsInt32().NotNullable().PrimaryKey("EMN_PLACEMENT_PK")
            .WithColumn("CNI_SEQ_NO").AsInt32().NotNullable().PrimaryKey("EMN_PLACEMENT_PK")
            .WithColumn("ITEM_NO").AsInt32().NotNullable().PrimaryKey("EMN_PLACEMENT_PK")
            .WithColumn("SGP_SEQ_NO").AsInt32().NotNullable().PrimaryKey("EMN_PLACEMENT_PK")
            .WithColumn("CONTAINER_NO").AsFixedLengthAnsiString(11).NotNullable()
            .WithColumn("PACKAGES").AsDecimal(20, 0).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("EMN_PLACEMENT");
        Delete.Table("EMN_GOODS_ITEM");
        Delete.Table("EMN_CONSIGNMENT");
        Delete.Table("EMN_EQUIPMENT");
        Delete.Table("EMN_MANIFEST_VERSION");
        Delete.Table("EMN_MANIFEST");
        Delete.Table("EMN_SEQUENCES");
    }
}
