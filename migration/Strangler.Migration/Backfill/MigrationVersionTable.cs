using FluentMigrator.Runner.VersionTableInfo;

namespace Strangler.Migration.Backfill;

/// <summary>The backfill's own FluentMigrator version table, so the core's migrator never sees its migrations.</summary>
internal sealed class MigrationVersionTable : IVersionTableMetaData
{
    public bool OwnsSchema => false;

    public string SchemaName => "";

    public string TableName => "migration_version_info";

    public string ColumnName => "version";

    public string DescriptionColumnName => "description";

    public string UniqueIndexName => "migration_version_info_ux";

    public string AppliedOnColumnName => "applied_on";

    public bool CreateWithPrimaryKey => false;
}
