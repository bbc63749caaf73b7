using FluentMigrator;

namespace Strangler.Core.Store.Schema;

/// <summary>The recorded answers of identified requests (idempotency by interface, client key and request id).</summary>
[Migration(2026_11_26_0002, "core request log")]
public sealed class M0002_RequestLog : Migration
{
    public override void Up()
    {
        Create.Table("core_request_log")
            .WithColumn("interface").AsString(20).NotNullable().PrimaryKey("core_request_log_pk")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_request_log_pk")
            .WithColumn("request_id").AsString(200).NotNullable().PrimaryKey("core_request_log_pk")
            .WithColumn("content_hash").AsString(64).NotNullable()
            .WithColumn("answer").AsBinary(int.MaxValue).NotNullable();
    }

    public override void Down() => Delete.Table("core_request_log");
}
