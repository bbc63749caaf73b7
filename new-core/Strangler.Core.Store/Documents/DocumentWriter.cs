using System.Data.Common;
using Dapper;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Store.Documents;

/// <summary>
/// Stores document versions: the document row on its first version, then each version with its canonical form,
/// checksum and JSON, and a history event. Idempotent by (reference, version number), also under concurrent resends.
/// </summary>
public sealed class DocumentWriter(CoreDatabase database)
{
    // ON CONFLICT DO NOTHING rather than catching a unique violation: on PostgreSQL a failed statement aborts the transaction.
    private const string InsertDocument = """
        INSERT INTO core_document (kind, reference, mode, source_interface, client_key, current_version, status, created_at)
        VALUES (@Kind, @Reference, @Mode, @Source, @ClientKey, @Version, @Status, @At)
        ON CONFLICT (reference) DO NOTHING
        """;

    private const string DocumentIdOf = "SELECT id FROM core_document WHERE reference = @Reference";

    private const string InsertVersion = """
        INSERT INTO core_document_version
            (document_id, version_no, function, received_at, source_interface, client_key, canonical_form, checksum, document_json)
        VALUES (@DocumentId, @Version, @Function, @At, @Source, @ClientKey, @CanonicalForm, @Checksum, @Json)
        ON CONFLICT (document_id, version_no) DO NOTHING
        """;

    private const string StoredChecksum = "SELECT checksum FROM core_document_version WHERE document_id = @DocumentId AND version_no = @Version";

    // The current version is the highest number stored; a cancellation at or above it cancels the document.
    private const string UpdateHead = """
        UPDATE core_document
        SET status = CASE WHEN @Version >= current_version AND @Status = 'Cancelled' THEN 'Cancelled' ELSE status END,
            current_version = CASE WHEN @Version > current_version THEN @Version ELSE current_version END
        WHERE id = @DocumentId
        """;

    private const string InsertEvent = """
        INSERT INTO core_document_event (document_id, version_no, at, kind, detail)
        VALUES (@DocumentId, @Version, @At, @Kind, @Detail)
        """;

    /// <summary>
    /// Saves <paramref name="version"/> under its <see cref="DocumentVersion.IssuedReference"/>. The first version saved
    /// for a reference must carry a document (it gives the document's kind).
    /// </summary>
    public Task<SaveOutcome> SaveVersionAsync(DocumentVersion version, CancellationToken cancellationToken = default)
    {
        Check(version);
        return database.WriteAsync((connection, transaction) => SaveVersionAsync(version, connection, transaction, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// As <see cref="SaveVersionAsync(DocumentVersion, CancellationToken)"/>, inside the caller's write transaction (from
    /// <see cref="CoreDatabase.WriteAsync{T}"/>), so a module's own rows and recorded answer commit with the version.
    /// </summary>
    public async Task<SaveOutcome> SaveVersionAsync(
        DocumentVersion version, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        Check(version);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        var reference = version.IssuedReference!;
        var (canonical, checksum) = CanonicalForm.Render(version);
        var at = StoredTime.Write(database.Provider, version.ReceivedAt);
        var status = version.Function == DocumentFunction.Cancellation ? DocumentStatus.Cancelled : DocumentStatus.Active;

        if (version.Document is { } document)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertDocument, new
            {
                Kind = DocumentJson.KindOf(document),
                Reference = reference,
                Mode = ModeOf(document)?.ToString(),
                Source = version.Source.ToString(),
                version.ClientKey,
                Version = version.Number,
                Status = status.ToString(),
                At = at,
            }, transaction, cancellationToken: cancellationToken));
        }

        var documentId = await connection.QuerySingleOrDefaultAsync<long?>(
            new CommandDefinition(DocumentIdOf, new { Reference = reference }, transaction, cancellationToken: cancellationToken))
            ?? throw new InvalidOperationException($"The first version saved for {reference} carries no document.");

        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertVersion, new
        {
            DocumentId = documentId,
            Version = version.Number,
            Function = version.Function.ToString(),
            At = at,
            Source = version.Source.ToString(),
            version.ClientKey,
            CanonicalForm = canonical,
            Checksum = checksum,
            Json = version.Document is { } content ? DocumentJson.Write(content) : null,
        }, transaction, cancellationToken: cancellationToken));

        if (inserted == 0)
        {
            return await ExistingOutcomeAsync(connection, transaction, documentId, version.Number, checksum, cancellationToken);
        }

        var head = new { DocumentId = documentId, Version = version.Number, Status = status.ToString() };
        await connection.ExecuteAsync(new CommandDefinition(UpdateHead, head, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertEvent, new
        {
            DocumentId = documentId,
            Version = version.Number,
            At = at,
            Kind = EventOf(version.Function).ToString(),
            Detail = (string?)null,
        }, transaction, cancellationToken: cancellationToken));
        return SaveOutcome.Saved;
    }

    /// <summary>
    /// Adds an event (a notice issued, a status set) to the history of the document under <paramref name="reference"/>,
    /// at its current version, inside the caller's transaction; false when no document is stored under it.
    /// </summary>
    public async Task<bool> AddEventAsync(
        string reference, DateTimeOffset at, DocumentEventKind kind, string? detail, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO core_document_event (document_id, version_no, at, kind, detail)
            SELECT id, current_version, @At, @Kind, @Detail FROM core_document WHERE reference = @Reference
            """, new { Reference = reference, At = StoredTime.Write(database.Provider, at), Kind = kind.ToString(), Detail = detail },
            transaction, cancellationToken: cancellationToken)) == 1;
    }

    private static void Check(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(version.IssuedReference, nameof(version));
        ArgumentOutOfRangeException.ThrowIfLessThan(version.Number, 1, nameof(version));
    }

    private static async Task<SaveOutcome> ExistingOutcomeAsync(
        DbConnection connection, DbTransaction transaction, long documentId, int version, string checksum, CancellationToken cancellationToken)
    {
        var stored = await connection.QuerySingleAsync<string>(new CommandDefinition(
            StoredChecksum, new { DocumentId = documentId, Version = version }, transaction, cancellationToken: cancellationToken));
        return stored == checksum ? SaveOutcome.AlreadySaved : SaveOutcome.Conflict;
    }

    private static DocumentEventKind EventOf(DocumentFunction function) => function switch
    {
        DocumentFunction.Amendment => DocumentEventKind.Amended,
        DocumentFunction.Cancellation => DocumentEventKind.Cancelled,
        _ => DocumentEventKind.Received,
    };

    internal static TransportMode? ModeOf(CanonicalDocument document) => document switch
    {
        Declaration d => d.Trip?.Conveyance.Mode,
        Manifest m => m.Trip.Conveyance.Mode,
        CargoReport r => r.Trip?.Conveyance.Mode ?? TransportMode.Air,
        RoadLodgement or Bundle => TransportMode.Road,
        AirWaybillStatus => TransportMode.Air,
        _ => null,
    };
}
