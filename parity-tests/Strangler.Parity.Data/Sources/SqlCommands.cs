using System.Data;
using System.Data.Common;

namespace Strangler.Parity.Data.Sources;

/// <summary>Plain ADO.NET commands with the range bounds as parameters, usable on any provider.</summary>
internal static class SqlCommands
{
    public static async Task<DbCommand> CreateAsync(DbConnection connection, string sql, KeyRange range, CancellationToken cancellationToken)
    {
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        // Long ranges are the point of a full comparison: no command timeout.
        command.CommandTimeout = 0;
        Bind(command, "@from", range.From);
        Bind(command, "@to", range.To);
        return command;
    }

    private static void Bind(DbCommand command, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.String;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
