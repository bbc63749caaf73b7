using FluentMigrator;
using Strangler.Legacy.Platform.Schema;

namespace Strangler.Legacy.Accs.Migrations;

/// <summary>
/// The legacy ACCS store, in the style of the Oracle system it imitates: upper-case ACC_ tables, numeric
/// keys from sequences, Hong Kong local times without zone, fixed-width codes, one row per FWB/FHL
/// version, Y/N flags. SCHEMA.md lists the quirks the backfill must undo.
/// </summary>
[Migration(2026_03_01_0001, "ACCS legacy schema")]
public sealed class M0001_AccsSchema : Migration
{
    public override void Up()
    {
        Create.LegacySequenceTable(AccsStandIn.TablePrefixValue);

        Create.Table("ACC_REQUEST_LOG")
            .WithColumn("LOG_ID").AsInt64().NotNullable().PrimaryKey("ACC_REQUEST_LOG_PK")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("BODY_HASH").AsFixedLengthAnsiString(64).NotNullable()
            .WithColumn("MESSAGE_TYPE").AsFixedLengthAnsiString(3).Nullable()
            .WithColumn("RECEIPT_NO").AsFixedLengthAnsiString(16).Nullable()
            .WithColumn("ANSWER_TEXT").AsAnsiString(400).Nullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable();
        Create.UniqueConstraint("ACC_REQUEST_LOG_UK").OnTable("ACC_REQUEST_LOG").Columns("CLIENT_KEY", "BODY_HASH");

        Create.Table("ACC_AWB")
            .WithColumn("AWB_ID").AsInt64().NotNullable().PrimaryKey("ACC_AWB_PK")
            .WithColumn("AWB_NO").AsFixedLengthAnsiString(12).NotNullable().Unique("ACC_AWB_UK")
            .WithColumn("AWB_PREFIX").AsFixedLengthAnsiString(3).NotNullable()
            .WithColumn("WAYBILL_LINE").AsAnsiString(69).NotNullable()
            .WithColumn("ACTION_CODE").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("CODE_SET_AT").AsDateTime().NotNullable()
            .WithColumn("EXAM_DUE_AT").AsDateTime().Nullable()
            .WithColumn("FWB_FLIGHT").AsAnsiString(7).Nullable()
            .WithColumn("FWB_FLIGHT_DAY").AsFixedLengthAnsiString(5).Nullable()
            .WithColumn("FFM_FLIGHT").AsAnsiString(7).Nullable()
            .WithColumn("FFM_FLIGHT_DAY").AsFixedLengthAnsiString(5).Nullable()
            .WithColumn("FFM_RECEIVED_AT").AsDateTime().Nullable()
            .WithColumn("FIRST_ACCEPTED_AT").AsDateTime().NotNullable();
        Create.Index("ACC_AWB_EXAM_IX").OnTable("ACC_AWB").OnColumn("EXAM_DUE_AT");

        CreateFwb();
        CreateFhl();
        CreateFfm();

        Create.Table("ACC_CSN")
            .WithColumn("CSN_ID").AsInt64().NotNullable().PrimaryKey("ACC_CSN_PK")
            .WithColumn("AWB_NO").AsFixedLengthAnsiString(12).NotNullable()
            .WithColumn("ACTION_CODE").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("SET_AT").AsDateTime().NotNullable()
            .WithColumn("WAYBILL_LINE").AsAnsiString(69).NotNullable()
            .WithColumn("FLIGHT").AsAnsiString(7).NotNullable()
            .WithColumn("FLIGHT_DAY").AsFixedLengthAnsiString(5).NotNullable()
            .WithColumn("CAUSE").AsFixedLengthAnsiString(3).NotNullable();
        Create.Index("ACC_CSN_AWB_IX").OnTable("ACC_CSN").OnColumn("AWB_NO");

        Create.Table("ACC_CSN_FEED")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable().PrimaryKey("ACC_CSN_FEED_PK")
            .WithColumn("CURSOR_NO").AsInt64().NotNullable().PrimaryKey("ACC_CSN_FEED_PK")
            .WithColumn("CSN_ID").AsInt64().NotNullable();
    }

    public override void Down()
    {
        foreach (var table in new[]
                 {
                     "ACC_CSN_FEED", "ACC_CSN", "ACC_FFM_WAYBILL", "ACC_FFM_PART", "ACC_FLIGHT", "ACC_FHL_HOUSE", "ACC_FHL",
                     "ACC_FWB", "ACC_AWB", "ACC_REQUEST_LOG", "ACC_SEQUENCES",
                 })
        {
            Delete.Table(table);
        }
    }

    private void CreateFwb()
    {
        Create.Table("ACC_FWB")
            .WithColumn("FWB_ID").AsInt64().NotNullable().PrimaryKey("ACC_FWB_PK")
            .WithColumn("AWB_NO").AsFixedLengthAnsiString(12).NotNullable()
            .WithColumn("VERSION_NO").AsInt32().NotNullable()
            .WithColumn("WAYBILL_LINE").AsAnsiString(69).NotNullable()
            .WithColumn("ORIGIN").AsFixedLengthAnsiString(3).NotNullable()
            .WithColumn("DESTINATION").AsFixedLengthAnsiString(3).NotNullable()
            .WithColumn("PIECES").AsInt32().NotNullable()
            .WithColumn("WEIGHT_KG").AsAnsiString(9).NotNullable()
            .WithColumn("VOLUME_M3").AsAnsiString(8).Nullable()
            .WithColumn("FLT_CARRIER").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("FLT_NUMBER").AsAnsiString(5).NotNullable()
            .WithColumn("FLT_DAY").AsInt32().NotNullable()
            .WithColumn("RTG_AIRPORT").AsFixedLengthAnsiString(3).Nullable()
            .WithColumn("RTG_CARRIER").AsFixedLengthAnsiString(2).Nullable()
            .WithColumn("SHP_NAME").AsAnsiString(35).NotNullable()
            .WithColumn("SHP_ADDRESS").AsAnsiString(35).NotNullable()
            .WithColumn("SHP_PLACE").AsAnsiString(17).NotNullable()
            .WithColumn("SHP_COUNTRY").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("SHP_POST_CODE").AsAnsiString(9).Nullable()
            .WithColumn("CNE_NAME").AsAnsiString(35).NotNullable()
            .WithColumn("CNE_ADDRESS").AsAnsiString(35).NotNullable()
            .WithColumn("CNE_PLACE").AsAnsiString(17).NotNullable()
            .WithColumn("CNE_COUNTRY").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("CNE_POST_CODE").AsAnsiString(9).Nullable()
            .WithColumn("CVD_CURRENCY").AsFixedLengthAnsiString(3).Nullable()
            .WithColumn("CVD_CHARGE_CODE").AsFixedLengthAnsiString(2).Nullable()
            .WithColumn("CVD_CARRIAGE").AsAnsiString(15).Nullable()
            .WithColumn("CVD_CUSTOMS").AsAnsiString(15).Nullable()
            .WithColumn("CVD_INSURANCE").AsAnsiString(15).Nullable()
            .WithColumn("NATURE_OF_GOODS").AsAnsiString(60).NotNullable()
            .WithColumn("HTS_CODES").AsAnsiString(99).Nullable()
            .WithColumn("RISK_CODE").AsFixedLengthAnsiString(2).Nullable()
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("RECEIPT_NO").AsFixedLengthAnsiString(16).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable();
        Create.UniqueConstraint("ACC_FWB_UK").OnTable("ACC_FWB").Columns("AWB_NO", "VERSION_NO");
    }

    private void CreateFhl()
    {
        Create.Table("ACC_FHL")
            .WithColumn("FHL_ID").AsInt64().NotNullable().PrimaryKey("ACC_FHL_PK")
            .WithColumn("AWB_NO").AsFixedLengthAnsiString(12).NotNullable()
            .WithColumn("VERSION_NO").AsInt32().NotNullable()
            .WithColumn("MASTER_LINE").AsAnsiString(69).NotNullable()
            .WithColumn("HOUSE_COUNT").AsInt32().NotNullable()
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("RECEIPT_NO").AsFixedLengthAnsiString(16).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable();
        Create.UniqueConstraint("ACC_FHL_UK").OnTable("ACC_FHL").Columns("AWB_NO", "VERSION_NO");

        Create.Table("ACC_FHL_HOUSE")
            .WithColumn("FHL_ID").AsInt64().NotNullable().PrimaryKey("ACC_FHL_HOUSE_PK")
            .WithColumn("SEQ_NO").AsInt32().NotNullable().PrimaryKey("ACC_FHL_HOUSE_PK")
            .WithColumn("HOUSE_NO").AsAnsiString(12).NotNullable()
            .WithColumn("ORIGIN").AsFixedLengthAnsiString(3).NotNullable()
            .WithColumn("DESTINATION").AsFixedLengthAnsiString(3).NotNullable()
            .WithColumn("PIECES").AsInt32().NotNullable()
            .WithColumn("WEIGHT_KG").AsAnsiString(9).NotNullable()
            .WithColumn("SLAC").AsAnsiString(4).Nullable()
            .WithColumn("NATURE_OF_GOODS").AsAnsiString(15).NotNullable()
            .WithColumn("TXT_LINES").AsAnsiString(700).Nullable()
            .WithColumn("HTS_CODES").AsAnsiString(99).Nullable();
    }

    private void CreateFfm()
    {
        Create.Table("ACC_FLIGHT")
            .WithColumn("FLIGHT_ID").AsInt64().NotNullable().PrimaryKey("ACC_FLIGHT_PK")
            .WithColumn("CARRIER").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("FLIGHT_NO").AsAnsiString(5).NotNullable()
            .WithColumn("FLIGHT_DATE").AsDateTime().NotNullable()
            .WithColumn("DEP_AIRPORT").AsFixedLengthAnsiString(3).NotNullable()
            .WithColumn("LAST_PART_NO").AsInt32().Nullable()
            .WithColumn("PART_COUNT").AsInt32().NotNullable()
            .WithColumn("ASSEMBLED").AsFixedLengthAnsiString(1).NotNullable();
        Create.UniqueConstraint("ACC_FLIGHT_UK").OnTable("ACC_FLIGHT").Columns("CARRIER", "FLIGHT_NO", "FLIGHT_DATE", "DEP_AIRPORT");

        Create.Table("ACC_FFM_PART")
            .WithColumn("PART_ID").AsInt64().NotNullable().PrimaryKey("ACC_FFM_PART_PK")
            .WithColumn("FLIGHT_ID").AsInt64().NotNullable()
            .WithColumn("PART_NO").AsInt32().NotNullable()
            .WithColumn("REGISTRATION").AsAnsiString(10).NotNullable()
            .WithColumn("LAST_PART").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("RECEIPT_NO").AsFixedLengthAnsiString(16).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable();
        Create.UniqueConstraint("ACC_FFM_PART_UK").OnTable("ACC_FFM_PART").Columns("FLIGHT_ID", "PART_NO");

        Create.Table("ACC_FFM_WAYBILL")
            .WithColumn("PART_ID").AsInt64().NotNullable().PrimaryKey("ACC_FFM_WAYBILL_PK")
            .WithColumn("SEQ_NO").AsInt32().NotNullable().PrimaryKey("ACC_FFM_WAYBILL_PK")
            .WithColumn("AWB_NO").AsFixedLengthAnsiString(12).NotNullable()
            .WithColumn("UNLOADING_AIRPORT").AsFixedLengthAnsiString(3).NotNullable()
            .WithColumn("ULD_ID").AsAnsiString(10).Nullable()
            .WithColumn("WAYBILL_LINE").AsAnsiString(69).NotNullable()
            .WithColumn("PIECES").AsInt32().NotNullable()
            .WithColumn("CLASSIFICATION").AsFixedLengthAnsiString(1).NotNullable();
        Create.Index("ACC_FFM_WAYBILL_AWB_IX").OnTable("ACC_FFM_WAYBILL").OnColumn("AWB_NO");
    }
}
