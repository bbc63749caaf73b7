using FluentMigrator.Builders.Create;

namespace Strangler.Legacy.Platform.Schema;

/// <summary>Schema pieces every legacy store has, for the stand-ins' migrations.</summary>
public static class LegacySchemaExtensions
{
    /// <summary>
    /// <c>&lt;PFX&gt;SEQUENCES</c> (SEQ_NAME, SEQ_DAY, SEQ_VALUE), the table <see cref="Store.LegacySequences"/> draws from.
    /// Call it in the stand-in's first migration: <c>Create.LegacySequenceTable("GTS_")</c>.
    /// </summary>
    public static void LegacySequenceTable(this ICreateExpressionRoot create, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(create);
        var table = tablePrefix + "SEQUENCES";
        create.Table(table)
            .WithColumn("SEQ_NAME").AsAnsiString(30).NotNullable().PrimaryKey(table + "_PK")
            .WithColumn("SEQ_DAY").AsInt32().NotNullable().PrimaryKey(table + "_PK")
            .WithColumn("SEQ_VALUE").AsInt64().NotNullable();
    }
}
