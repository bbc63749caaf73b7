using System.Data.Common;

namespace Strangler.Parity.Data.Sources;

/// <summary>Split keys by streaming the range's keys in order (an index-only scan where the key is indexed).</summary>
internal static class SqlSplitKeys
{
    public static async Task<IReadOnlyList<string>> ReadAsync(
        DbConnection connection, SqlParityQuery query, KeyRange range, long count, int parts, CancellationToken cancellationToken)
    {
        var step = Math.Max(1, count / parts);
        var keys = new List<string>(parts);
        await using var command = await SqlCommands.CreateAsync(
            connection, $"SELECT {query.Key} FROM {query.From}{query.Where(range)} ORDER BY {query.Key}", range, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (long index = 0; await reader.ReadAsync(cancellationToken); index++)
        {
            if (index > 0 && index % step == 0)
            {
                keys.Add(reader.GetString(0));
            }
        }

        return keys;
    }
}
