using FluentMigrator;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using Strangler.Core.Store.Schema;

namespace Strangler.Core.Accs.Schema;

/// <summary>
/// The ACCS module's state beside the canonical documents: each air waybill's current action code and CSN inputs, its
/// code history, each key's status feed and cursor sequence (the backfill fills both, so migrated cursors continue),
/// the FFM parts received per flight with the pieces manifested per air waybill (A015), and the current house list.
/// Times follow M0001: timestamptz on PostgreSQL, ISO UTC text on SQLite.
/// </summary>
[Migration(2026_11_26_4001, "accs air waybills, codes, status feeds, flight parts, house lists")]
public sealed class M4001_AccsState : CoreMigration
{
    public override void Down()
    {
        foreach (var table in new[]
                 {
                     "core_accs_house_list", "core_accs_manifested", "core_accs_flight_part", "core_accs_feed_cursor", "core_accs_feed",
                     "core_accs_code", "core_accs_waybill",
                 })
        {
            Delete.Table(table);
        }
    }

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time)
    {
        create.Table("core_accs_waybill")
            .WithColumn("awb").AsString(12).NotNullable().PrimaryKey("core_accs_waybill_pk")
            .WithColumn("prefix").AsString(3).NotNullable()
            .WithColumn("waybill_line").AsString(69).NotNullable()
            .WithColumn("code").AsString(2).NotNullable()
            .WithColumn("code_set_at").Apply(time).NotNullable()
            .WithColumn("release_due_at").Apply(time).Nullable()
            .WithColumn("fwb_pieces").AsInt32().Nullable()
            .WithColumn("flight").AsString(7).NotNullable()
            .WithColumn("flight_day_month").AsString(5).NotNullable()
            .WithColumn("ffm_received_at").Apply(time).Nullable();
        create.Index("core_accs_waybill_release_ix").OnTable("core_accs_waybill").OnColumn("release_due_at");

        create.Table("core_accs_code")
            .WithColumn("awb").AsString(12).NotNullable().PrimaryKey("core_accs_code_pk")
            .WithColumn("seq").AsInt32().NotNullable().PrimaryKey("core_accs_code_pk")
            .WithColumn("code").AsString(2).NotNullable()
            .WithColumn("set_at").Apply(time).NotNullable();

        // One row per CSN per key; the CSN's fields as written, so a page is rebuilt byte for byte.
        create.Table("core_accs_feed")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_accs_feed_pk")
            .WithColumn("feed_cursor").AsInt64().NotNullable().PrimaryKey("core_accs_feed_pk")
            .WithColumn("awb").AsString(12).NotNullable()
            .WithColumn("waybill_line").AsString(69).NotNullable()
            .WithColumn("code").AsString(2).NotNullable()
            .WithColumn("set_at_text").AsString(9).NotNullable()
            .WithColumn("flight").AsString(7).NotNullable()
            .WithColumn("flight_day_month").AsString(5).NotNullable();

        create.Table("core_accs_feed_cursor")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_accs_feed_cursor_pk")
            .WithColumn("last_cursor").AsInt64().NotNullable();

        create.Table("core_accs_flight_part")
            .WithColumn("flight_key").AsString(40).NotNullable().PrimaryKey("core_accs_flight_part_pk")
            .WithColumn("part_no").AsInt32().NotNullable().PrimaryKey("core_accs_flight_part_pk")
            .WithColumn("receipt").AsString(16).NotNullable()
            .WithColumn("received_at").Apply(time).NotNullable();

        create.Table("core_accs_manifested")
            .WithColumn("flight_key").AsString(40).NotNullable().PrimaryKey("core_accs_manifested_pk")
            .WithColumn("awb").AsString(12).NotNullable().PrimaryKey("core_accs_manifested_pk")
            .WithColumn("pieces").AsInt64().NotNullable();

        create.Table("core_accs_house_list")
            .WithColumn("master_awb").AsString(12).NotNullable().PrimaryKey("core_accs_house_list_pk")
            .WithColumn("receipt").AsString(16).NotNullable()
            .WithColumn("received_at").Apply(time).NotNullable();
    }
}
