using System.Data.Common;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Documents;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Store.Documents;

/// <summary>Reads stored documents by their issued reference: the head row, the current version, every version, the history.</summary>
public sealed class DocumentReader(CoreDatabase database)
{
    private const string DocumentSql = """
        SELECT reference AS Reference, kind AS Kind, mode AS Mode, source_interface AS Source, client_key AS ClientKey,
               current_version AS CurrentVersion, status AS Status
        FROM core_document WHERE reference = @Reference
        """;

    private const string VersionsSql = """
        SELECT v.version_no AS Number, v.function AS Function, v.received_at AS ReceivedAt, v.source_interface AS Source,
               v.client_key AS ClientKey, v.document_json AS Json
        FROM core_document d JOIN core_document_version v ON v.document_id = d.id
        WHERE d.reference = @Reference
        ORDER BY v.version_no
        """;

    private const string CurrentSql = """
        SELECT v.version_no AS Number, v.function AS Function, v.received_at AS ReceivedAt, v.source_interface AS Source,
               v.client_key AS ClientKey, v.document_json AS Json
        FROM core_document d JOIN core_document_version v ON v.document_id = d.id AND v.version_no = d.current_version
        WHERE d.reference = @Reference
        """;

    private const string EventsSql = """
        SELECT e.version_no AS Number, e.at AS At, e.kind AS Kind, e.detail AS Detail
        FROM core_document d JOIN core_document_event e ON e.document_id = d.id
        WHERE d.reference = @Reference
        ORDER BY e.id
        """;

    /// <summary>The document's head row, or null when nothing is stored under <paramref name="reference"/>.</summary>
    public async Task<StoredDocument?> DocumentAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await DocumentAsync(reference, connection, null, cancellationToken);
    }

    /// <summary>The document's head row read on the caller's connection (and transaction, when it is inside one).</summary>
    public async Task<StoredDocument?> DocumentAsync(
        string reference, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var row = await connection.QuerySingleOrDefaultAsync<DocumentRow>(
            new CommandDefinition(DocumentSql, new { Reference = reference }, transaction, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new StoredDocument(
                row.Reference, row.Kind, row.Mode is null ? null : Enum.Parse<TransportMode>(row.Mode),
                Enum.Parse<SourceInterface>(row.Source), row.ClientKey, row.CurrentVersion, Enum.Parse<DocumentStatus>(row.Status));
    }

    /// <summary>The current (highest-numbered) version, or null when nothing is stored under <paramref name="reference"/>.</summary>
    public async Task<DocumentVersion?> CurrentAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(
            new CommandDefinition(CurrentSql, new { Reference = reference }, cancellationToken: cancellationToken));
        return row is null ? null : row.ToVersion(reference);
    }

    /// <summary>Every stored version of the document, oldest first; empty when nothing is stored.</summary>
    public async Task<IReadOnlyList<DocumentVersion>> VersionsAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await VersionsAsync(reference, connection, null, cancellationToken);
    }

    /// <summary>Every stored version, read on the caller's connection (and transaction, when it is inside one).</summary>
    public async Task<IReadOnlyList<DocumentVersion>> VersionsAsync(
        string reference, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = await connection.QueryAsync<VersionRow>(
            new CommandDefinition(VersionsSql, new { Reference = reference }, transaction, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToVersion(reference)).ToList();
    }

    /// <summary>The document's event history in the order recorded.</summary>
    public async Task<IReadOnlyList<DocumentEvent>> EventsAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EventRow>(
            new CommandDefinition(EventsSql, new { Reference = reference }, cancellationToken: cancellationToken));
        return rows.Select(row => new DocumentEvent(
            reference, row.Number, HongKongTime.ToHongKong(StoredTime.Read(row.At)), Enum.Parse<DocumentEventKind>(row.Kind), row.Detail)).ToList();
    }

    private sealed class DocumentRow
    {
        public string Reference { get; set; } = "";

        public string Kind { get; set; } = "";

        public string? Mode { get; set; }

        public string Source { get; set; } = "";

        public string ClientKey { get; set; } = "";

        public int CurrentVersion { get; set; }

        public string Status { get; set; } = "";
    }

    private sealed class VersionRow
    {
        public int Number { get; set; }

        public string Function { get; set; } = "";

        public object ReceivedAt { get; set; } = "";

        public string Source { get; set; } = "";

        public string ClientKey { get; set; } = "";

        public string? Json { get; set; }

        public DocumentVersion ToVersion(string reference) => new()
        {
            Number = Number,
            Function = Enum.Parse<DocumentFunction>(Function),
            ReceivedAt = HongKongTime.ToHongKong(StoredTime.Read(ReceivedAt)),
            IssuedReference = reference,
            Source = Enum.Parse<SourceInterface>(Source),
            ClientKey = ClientKey,
            Document = Json is null ? null : DocumentJson.Read(Json),
        };
    }

    private sealed class EventRow
    {
        public int Number { get; set; }

        public object At { get; set; } = "";

        public string Kind { get; set; } = "";

        public string? Detail { get; set; }
    }
}
