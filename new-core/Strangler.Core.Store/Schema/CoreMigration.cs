using FluentMigrator;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Create.Table;

namespace Strangler.Core.Store.Schema;

/// <summary>
/// A core migration that creates tables with time columns: <see cref="CreateTables"/> runs once per provider with that
/// provider's time type (<c>timestamptz</c> on PostgreSQL; 32 characters of ISO 8601 UTC text on SQLite, which
/// FluentMigrator gives no DateTimeOffset type; see <see cref="Database.StoredTime"/>), so one definition serves both.
/// </summary>
public abstract class CoreMigration : Migration
{
    public override void Up()
    {
        CreateTables(IfDatabase(type => type.StartsWith("Postgres", StringComparison.OrdinalIgnoreCase)).Create, column => column.AsDateTimeOffset());
        CreateTables(IfDatabase(type => type.StartsWith("SQLite", StringComparison.OrdinalIgnoreCase)).Create, column => column.AsString(32));
    }

    /// <summary>Creates the migration's tables; <paramref name="time"/> types a time column for the running provider.</summary>
    protected abstract void CreateTables(
        ICreateExpressionRoot create, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> time);
}
