using FluentMigrator;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;
using Strangler.Core.Store.Schema;

namespace Strangler.Core.Rocars.Schema;

/// <summary>
/// The CCRN and version an accepted ACI MessageId is writing, stored before the version: a resend whose first answer was
/// never recorded (the process stopped) finishes that version instead of issuing a second CCRN or version.
/// </summary>
[Migration(2026_11_26_3002, "rocars ACI intents")]
public sealed class M3002_AciIntents : CoreMigration
{
    public override void Down() => Delete.Table("core_rocars_aci_intent");

    protected override void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time) =>
        create.Table("core_rocars_aci_intent")
            .WithColumn("client_key").AsString(100).NotNullable().PrimaryKey("core_rocars_aci_intent_pk")
            .WithColumn("message_id").AsString(100).NotNullable().PrimaryKey("core_rocars_aci_intent_pk")
            .WithColumn("content_hash").AsString(64).NotNullable()
            .WithColumn("ccrn").AsString(16).NotNullable()
            .WithColumn("version_no").AsInt32().NotNullable()
            .WithColumn("received_at").Apply(time).NotNullable();
}
