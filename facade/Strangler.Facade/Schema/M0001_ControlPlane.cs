using FluentMigrator;

namespace Strangler.Facade.Schema;

/// <summary>
/// Routing snapshots (one row per revision, never updated), the hash-chained change log, the mirror outbox and the
/// comparison records. Times are Unix milliseconds (UTC).
/// </summary>
[Migration(2026_11_27_0001, "Facade control plane")]
public sealed class M0001_ControlPlane : Migration
{
    public override void Up()
    {
        Create.Table("facade_snapshot")
            .WithColumn("revision").AsInt64().PrimaryKey()
            .WithColumn("taken_at_ms").AsInt64().NotNullable()
            .WithColumn("stages").AsString(int.MaxValue).NotNullable();

        Create.Table("facade_change_log")
            .WithColumn("seq").AsInt64().PrimaryKey()
            .WithColumn("at_ms").AsInt64().NotNullable()
            .WithColumn("actor").AsString(200).NotNullable()
            .WithColumn("role").AsString(40).NotNullable()
            .WithColumn("unit").AsString(10).NotNullable()
            .WithColumn("from_stage").AsString(20).NotNullable()
            .WithColumn("to_stage").AsString(20).NotNullable()
            .WithColumn("reason").AsString(int.MaxValue).NotNullable()
            .WithColumn("gate_evidence").AsString(int.MaxValue).NotNullable()
            .WithColumn("override").AsBoolean().NotNullable()
            .WithColumn("revision").AsInt64().NotNullable().Unique("facade_change_log_revision_ux")
            .WithColumn("prev_hash").AsString(64).NotNullable()
            .WithColumn("hash").AsString(64).NotNullable();

        Create.Table("facade_outbox")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("created_at_ms").AsInt64().NotNullable()
            .WithColumn("order_key").AsString(200).NotNullable()
            .WithColumn("request").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("attempts").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("lease_until_ms").AsInt64().NotNullable().WithDefaultValue(0)
            .WithColumn("state").AsString(12).NotNullable()
            .WithColumn("last_error").AsString(int.MaxValue).Nullable();
        Create.Index("facade_outbox_pending_ix").OnTable("facade_outbox").OnColumn("state").Ascending().OnColumn("id").Ascending();
        Create.Index("facade_outbox_order_ix").OnTable("facade_outbox").OnColumn("order_key").Ascending().OnColumn("state").Ascending().OnColumn("id").Ascending();

        Create.Table("facade_comparison")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("at_ms").AsInt64().NotNullable()
            .WithColumn("interface").AsString(10).NotNullable()
            .WithColumn("unit").AsString(10).Nullable()
            .WithColumn("stage").AsString(20).NotNullable()
            .WithColumn("message_type").AsString(40).Nullable()
            .WithColumn("primary_side").AsString(10).NotNullable()
            .WithColumn("method").AsString(10).NotNullable()
            .WithColumn("path").AsString(2048).NotNullable()
            .WithColumn("request_sha256").AsString(64).NotNullable()
            .WithColumn("request_body").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("primary_status").AsInt32().NotNullable()
            .WithColumn("primary_body").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("primary_ms").AsDouble().NotNullable()
            .WithColumn("secondary_status").AsInt32().Nullable()
            .WithColumn("secondary_body").AsBinary(int.MaxValue).Nullable()
            .WithColumn("secondary_ms").AsDouble().Nullable()
            .WithColumn("outcome").AsString(20).NotNullable()
            .WithColumn("mirror_attempts").AsInt32().NotNullable()
            .WithColumn("differences").AsString(int.MaxValue).NotNullable();
        Create.Index("facade_comparison_unit_ix").OnTable("facade_comparison").OnColumn("unit").Ascending().OnColumn("at_ms").Ascending();
    }

    public override void Down()
    {
        Delete.Table("facade_comparison");
        Delete.Table("facade_outbox");
        Delete.Table("facade_change_log");
        Delete.Table("facade_snapshot");
    }
}
