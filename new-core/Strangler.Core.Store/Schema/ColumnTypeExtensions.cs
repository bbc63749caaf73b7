using FluentMigrator.Builders.Create.Table;

namespace Strangler.Core.Store.Schema;

/// <summary>Lets a migration give a provider-specific column type in the middle of a fluent table definition.</summary>
public static class ColumnTypeExtensions
{
    public static ICreateTableColumnOptionOrWithColumnSyntax Apply(
        this ICreateTableColumnAsTypeSyntax column, Func<ICreateTableColumnAsTypeSyntax, ICreateTableColumnOptionOrWithColumnSyntax> type) =>
        type(column);
}
