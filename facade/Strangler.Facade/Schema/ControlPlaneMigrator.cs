using FluentMigrator.Runner;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Facade.ControlPlane;

namespace Strangler.Facade.Schema;

internal static class ControlPlaneMigrator
{
    public static void MigrateUp(ControlPlaneProvider provider, string connectionString)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                _ = provider == ControlPlaneProvider.Sqlite ? runner.AddSQLite() : runner.AddPostgres();
                runner.WithGlobalConnectionString(connectionString)
                    .WithVersionTable(new VersionTable())
                    .ScanIn(typeof(ControlPlaneMigrator).Assembly).For.Migrations();
            });
        using var provided = services.BuildServiceProvider(validateScopes: false);
        using var scope = provided.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    private sealed class VersionTable : IVersionTableMetaData
    {
        public bool OwnsSchema => false;

        public string SchemaName => "";

        public string TableName => "facade_schema_version";

        public string ColumnName => "version";

        public string DescriptionColumnName => "description";

        public string UniqueIndexName => "facade_schema_version_ux";

        public string AppliedOnColumnName => "applied_on";

        public bool CreateWithPrimaryKey => false;
    }
}
