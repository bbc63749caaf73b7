using FluentMigrator;

namespace Strangler.Facade.Schema;

/// <summary>
/// The merged feeds' ledgers (Feeds/FeedLedger.cs): per interface and client key (SHA-256 of the key, never the key
/// itself), where the ledger starts, how far each system's feed has been read, and every entry served with the
/// facade cursor it was given, once and for all.
/// </summary>
[Migration(2026_11_27_0002, "Facade merged feeds")]
public sealed class M0002_Feeds : Migration
{
    public override void Up()
    {
        Create.Table("facade_feed_position")
            .WithColumn("interface").AsString(10).NotNullable().PrimaryKey("facade_feed_position_pk")
            .WithColumn("key_sha256").AsString(64).NotNullable().PrimaryKey("facade_feed_position_pk")
            .WithColumn("base_cursor").AsInt64().NotNullable()
            .WithColumn("last_cursor").AsInt64().NotNullable()
            .WithColumn("legacy_position").AsInt64().NotNullable()
            .WithColumn("core_position").AsInt64().NotNullable()
            .WithColumn("created_at_ms").AsInt64().NotNullable()
            .WithColumn("updated_at_ms").AsInt64().NotNullable();

        Create.Table("facade_feed_entry")
            .WithColumn("interface").AsString(10).NotNullable().PrimaryKey("facade_feed_entry_pk")
            .WithColumn("key_sha256").AsString(64).NotNullable().PrimaryKey("facade_feed_entry_pk")
            .WithColumn("feed_cursor").AsInt64().NotNullable().PrimaryKey("facade_feed_entry_pk")
            .WithColumn("side").AsString(10).NotNullable()
            .WithColumn("side_cursor").AsInt64().NotNullable()
            .WithColumn("entry_at_ms").AsInt64().Nullable()
            .WithColumn("body").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("served_at_ms").AsInt64().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("facade_feed_entry");
        Delete.Table("facade_feed_position");
    }
}
