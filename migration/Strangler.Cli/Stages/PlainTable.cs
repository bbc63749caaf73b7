using Spectre.Console;
using Spectre.Console.Rendering;

namespace Strangler.Cli.Stages;

/// <summary>The admin commands' tables: a simple border, headers and cells as plain text (a value is never read as markup).</summary>
internal static class PlainTable
{
    public static Table Create(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        return table;
    }

    public static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());
}
