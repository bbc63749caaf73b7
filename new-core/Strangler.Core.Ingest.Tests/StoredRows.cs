using System.Data.Common;
using System.Globalization;
using Dapper;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Ingest.Tests;

/// <summary>
/// Every stored column of a document's rows (head, versions, events; not the generated ids), one text line per row,
/// with times read back as UTC and binary as hex, so two stores can be compared exactly.
/// </summary>
internal static class StoredRows
{
    private const string Head = """
        SELECT kind, reference, mode, source_interface, client_key, current_version, status, created_at
        FROM core_document WHERE reference = @reference
        """;

    private const string Versions = """
        SELECT v.version_no, v.function, v.received_at, v.source_interface, v.client_key, v.canonical_form, v.checksum, v.document_json
        FROM core_document_version v JOIN core_document d ON d.id = v.document_id
        WHERE d.reference = @reference ORDER BY v.version_no
        """;

    private const string Events = """
        SELECT e.version_no, e.at, e.kind, e.detail
        FROM core_document_event e JOIN core_document d ON d.id = e.document_id
        WHERE d.reference = @reference ORDER BY e.id
        """;

    private static readonly HashSet<string> TimeColumns = ["created_at", "received_at", "at"];

    public static async Task<IReadOnlyList<string>> OfAsync(CoreDatabase database, params string[] references)
    {
        var lines = new List<string>();
        await using var connection = await database.OpenAsync();
        foreach (var reference in references)
        {
            foreach (var (table, sql) in new[] { ("document", Head), ("version", Versions), ("event", Events) })
            {
                await using var reader = await connection.ExecuteReaderAsync(sql, new { reference });
                while (await reader.ReadAsync())
                {
                    lines.Add(table + " " + Line(reader));
                }
            }
        }

        return lines;
    }

    public static async Task<long> CountAsync(CoreDatabase database, string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private static string Line(DbDataReader reader) => string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
    {
        var value = reader.GetValue(i);
        var text = value switch
        {
            DBNull => "null",
            byte[] bytes => Convert.ToHexString(bytes),
            _ when TimeColumns.Contains(reader.GetName(i)) => StoredTime.Read(value).ToString("O", CultureInfo.InvariantCulture),
            IConvertible convertible => convertible.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return reader.GetName(i) + "=" + text;
    }));
}
