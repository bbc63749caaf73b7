using FluentMigrator.Runner.VersionTableInfo;

namespace Strangler.Legacy.Platform.Schema;

/// <summary>FluentMigrator's version table, named with the stand-in's prefix so several stores can share one database.</summary>
internal sealed class LegacyVersionTable(string tablePrefix) : IVersionTableMetaData
{
    public bool OwnsSchema => false;

    public string SchemaName => "";

    public string TableName => tablePrefix + "SCHEMA_VERSION";

    public string ColumnName => "VERSION_NO";

    public string DescriptionColumnName => "DESCRIPTION";

    public string UniqueIndexName => tablePrefix + "SCHEMA_VERSION_UX";

    public string AppliedOnColumnName => "APPLIED_ON";

    public bool CreateWithPrimaryKey => false;
}
