using FluentMigrator;

namespace Strangler.Legacy.Gets.Migrations;

/// <summary>
/// The message side of GETS: the request logs that make resends idempotent (per message and per
/// whole interchange), the queue of messages received outside service hours, and the per-key
/// acknowledgement feed of what the queue produced. See SCHEMA.md.
/// </summary>
[Migration(202611260002, "GETS request logs, queue, acknowledgement feed")]
public sealed class M0002_MessageTables : Migration
{
    public override void Up()
    {
        Create.Table("GTS_MESSAGE_LOG")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable().PrimaryKey("PK_GTS_MESSAGE_LOG")
            .WithColumn("INTERCHANGE_REF").AsAnsiString(14).NotNullable().PrimaryKey("PK_GTS_MESSAGE_LOG")
            .WithColumn("MESSAGE_REF").AsAnsiString(14).NotNullable().PrimaryKey("PK_GTS_MESSAGE_LOG")
            .WithColumn("CONTENT_HASH").AsFixedLengthAnsiString(64).NotNullable()
            .WithColumn("OUTCOME").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("ANSWER_TEXT").AsString(int.MaxValue).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable();

        Create.Table("GTS_INTERCHANGE_LOG")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable().PrimaryKey("PK_GTS_INTERCHANGE_LOG")
            .WithColumn("INTERCHANGE_REF").AsAnsiString(14).NotNullable().PrimaryKey("PK_GTS_INTERCHANGE_LOG")
            .WithColumn("SIGNATURE").AsFixedLengthAnsiString(64).NotNullable().PrimaryKey("PK_GTS_INTERCHANGE_LOG")
            .WithColumn("ANSWER_REF").AsFixedLengthAnsiString(14).NotNullable()
            .WithColumn("ANSWER_BYTES").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable();

        Create.Table("GTS_QUEUE")
            .WithColumn("QUEUE_ID").AsInt64().NotNullable().PrimaryKey("PK_GTS_QUEUE")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable()
            .WithColumn("INTERCHANGE_REF").AsAnsiString(14).NotNullable()
            .WithColumn("MESSAGE_REF").AsAnsiString(14).NotNullable()
            .WithColumn("RECEIVED_AT").AsDateTime().NotNullable()
            .WithColumn("DUE_AT").AsDateTime().NotNullable()
            .WithColumn("STATUS").AsFixedLengthAnsiString(1).NotNullable()
            .WithColumn("ISSUED_TDEC_NO").AsFixedLengthAnsiString(16).Nullable()
            .WithColumn("MESSAGE_TEXT").AsString(int.MaxValue).NotNullable()
            .WithColumn("PROCESSED_AT").AsDateTime().Nullable();
        Create.Index("IX_GTS_QUEUE_DUE").OnTable("GTS_QUEUE").OnColumn("STATUS").Ascending().OnColumn("DUE_AT").Ascending();
        Create.UniqueConstraint("UQ_GTS_QUEUE_MESSAGE").OnTable("GTS_QUEUE").Columns("CLIENT_KEY", "INTERCHANGE_REF", "MESSAGE_REF");

        Create.Table("GTS_ACK_FEED")
            .WithColumn("CLIENT_KEY").AsAnsiString(64).NotNullable().PrimaryKey("PK_GTS_ACK_FEED")
            .WithColumn("CURSOR_NO").AsInt64().NotNullable().PrimaryKey("PK_GTS_ACK_FEED")
            .WithColumn("QUEUE_ID").AsInt64().NotNullable()
            .WithColumn("OUTCOME").AsFixedLengthAnsiString(2).NotNullable()
            .WithColumn("ANSWER_TEXT").AsString(int.MaxValue).NotNullable()
            .WithColumn("CREATED_AT").AsDateTime().NotNullable();
        Create.UniqueConstraint("UQ_GTS_ACK_FEED_QUEUE").OnTable("GTS_ACK_FEED").Column("QUEUE_ID");
    }

    public override void Down()
    {
        Delete.Table("GTS_ACK_FEED");
        Delete.Table("GTS_QUEUE");
        Delete.Table("GTS_INTERCHANGE_LOG");
        Delete.Table("GTS_MESSAGE_LOG");
    }
}
