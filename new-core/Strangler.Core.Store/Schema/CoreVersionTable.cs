using FluentMigrator.Runner.VersionTableInfo;

namespace Strangler.Core.Store.Schema;

/// <summary>FluentMigrator's version table, in the core's <c>core_</c> naming so it can share a database with others.</summary>
internal sealed class CoreVersionTable : IVersionTableMetaData
{
    public bool OwnsSchema => false;

    public string SchemaName => "";

    public string TableName => "core_schema_version";

    public string ColumnName => "version";

    public string DescriptionColumnName => "description";

    public string UniqueIndexName => "core_schema_version_ux";

    public string AppliedOnColumnName => "applied_on";

    public bool CreateWithPrimaryKey => false;
}
