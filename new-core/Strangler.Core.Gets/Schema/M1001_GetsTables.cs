using FluentMigrator;

namespace Strangler.Core.Gets.Schema;

/// <summary>
/// What the canonical store does not keep for GETS: the EDIFACT facts of each version (which message created it),
/// the LRNs each declarant has used (E019), and the acknowledgement feed entries migrated from the legacy queue.
/// </summary>
[Migration(2026_11_26_1001, "gets version facts, LRN reservations, migrated acknowledgement feed")]
public sealed class M1001_GetsTables : Migration
{
    public override void Up()
    {
        Create.Table("core_gets_version")
            .WithColumn("tdec_no").AsString(16).NotNullable().PrimaryKey("core_gets_version_pk")
            .WithColumn("version_no").AsInt32().NotNullable().PrimaryKey("core_gets_version_pk")
            .WithColumn("client_key").AsString(100).NotNullable()
            .WithColumn("interchange_ref").AsString(14).NotNullable()
            .WithColumn("message_ref").AsString(14).NotNullable();

        // Kept for good: the LRN of a cancelled declaration stays used. The owner columns let a retry after a
        // failure part-way resume its own reservation instead of meeting E019.
        Create.Table("core_gets_lrn")
            .WithColumn("declarant_br").AsString(35).NotNullable().PrimaryKey("core_gets_lrn_pk")
            .WithColumn("lrn").AsString(35).NotNullable().PrimaryKey("core_gets_lrn_pk")
            .WithColumn("tdec_no").AsString(16).NotNullable()
            .WithColumn("client_key").AsString(100).NotNullable()
            .WithColumn("interchange_ref").AsString(14).NotNullable()
            .WithColumn("message_ref").AsString(14).NotNullable();

        // Filled by the backfill only: the core answers at once and queues nothing.
        Create.Table("core_gets_feed")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_gets_feed_pk")
            .WithColumn("cursor_no").AsInt64().NotNullable().PrimaryKey("core_gets_feed_pk")
            .WithColumn("answer").AsBinary(int.MaxValue).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("core_gets_feed");
        Delete.Table("core_gets_lrn");
        Delete.Table("core_gets_version");
    }
}
