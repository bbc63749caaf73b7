using System.Data.Common;
using System.Text;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;
using Strangler.Parity.Stores.Records;
using Strangler.Parity.Stores.Rules;

namespace Strangler.Parity.Stores.Core;

/// <summary>
/// Reads the new core's store as store-parity records: every stored version of the documents whose first version was
/// received on the selected Hong Kong days, of one transport mode or of all, with the canonical form the core stored
/// (<c>core_document_version.canonical_form</c>), the store rules applied. One statement, SQLite and PostgreSQL.
/// </summary>
public static class CoreRecordReader
{
    private const string Sql = """
        SELECT d.reference AS Reference, d.kind AS Kind, v.version_no AS Version, v.canonical_form AS Canonical
        FROM core_document d
        JOIN (SELECT document_id, MIN(version_no) AS first_no FROM core_document_version GROUP BY document_id) m ON m.document_id = d.id
        JOIN core_document_version f ON f.document_id = d.id AND f.version_no = m.first_no
        JOIN core_document_version v ON v.document_id = d.id
        WHERE f.received_at >= @From AND f.received_at < @To AND (@AnyMode = 1 OR d.mode = @Mode)
          AND (@AnySource = 1 OR d.source_interface = @Source)
        """;

    public static Task<IReadOnlyList<CanonicalRecord>> ReadAsync(
        DbConnection connection, CoreStoreProvider provider, DateOnly firstDay, DateOnly lastDay, TransportMode? mode,
        StoreRuleSet rules, CancellationToken cancellationToken = default) =>
        ReadAsync(connection, provider, firstDay, lastDay, mode, null, rules, cancellationToken);

    /// <summary>As above, of the documents whose first version came through <paramref name="source"/> (all when null).</summary>
    public static async Task<IReadOnlyList<CanonicalRecord>> ReadAsync(
        DbConnection connection, CoreStoreProvider provider, DateOnly firstDay, DateOnly lastDay, TransportMode? mode,
        SourceInterface? source, StoreRuleSet rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rules);
        var from = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), HongKongTime.Offset);
        var to = new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), HongKongTime.Offset);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Sql, new
        {
            From = StoredTime.Write(provider, from),
            To = StoredTime.Write(provider, to),
            AnyMode = mode is null ? 1 : 0,
            Mode = mode?.ToString() ?? "",
            AnySource = source is null ? 1 : 0,
            Source = source?.ToString() ?? "",
        }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new CanonicalRecord(
            RecordKeys.Of(r.Reference, checked((int)r.Version)), r.Kind, rules.Project(r.Kind, Encoding.UTF8.GetString(r.Canonical))))];
    }

    // Settable properties, not a record: SQLite returns integers as Int64, PostgreSQL as Int32.
    private sealed class Row
    {
        public string Reference { get; set; } = "";

        public string Kind { get; set; } = "";

        public long Version { get; set; }

        public byte[] Canonical { get; set; } = [];
    }
}
