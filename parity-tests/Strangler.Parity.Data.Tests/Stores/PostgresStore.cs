using Npgsql;
using NpgsqlTypes;
using Strangler.Parity.Data.Sources;

namespace Strangler.Parity.Data.Tests.Stores;

/// <summary>One side in a PostgreSQL database: a table of its own, keys in bytewise ("C") order, filled by binary COPY.</summary>
internal static class PostgresStore
{
    public static async Task<SqlParityQuery> CreateAsync(
        NpgsqlConnection connection, IEnumerable<KeyValuePair<string, string>> records, bool unique = true)
    {
        var table = "documents_" + Guid.NewGuid().ToString("N");
        var key = unique ? "PRIMARY KEY" : "";
        await using (var create = new NpgsqlCommand(
            $"CREATE TABLE {table} (reference text COLLATE \"C\" NOT NULL {key}, canonical text)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table} (reference, canonical) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var record in records)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(record.Key, NpgsqlDbType.Text);
                await writer.WriteAsync(record.Value, NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        if (!unique)
        {
            await using var index = new NpgsqlCommand($"CREATE INDEX ON {table} (reference)", connection);
            await index.ExecuteNonQueryAsync();
        }

        await using (var analyse = new NpgsqlCommand($"ANALYZE {table}", connection))
        {
            await analyse.ExecuteNonQueryAsync();
        }

        return new SqlParityQuery(table, "reference", "canonical");
    }
}
