using Strangler.Core.Model.Documents;
using Strangler.Migration.Legacy;
using Strangler.Parity.Stores;

namespace Strangler.Migration.Backfill;

/// <summary>
/// What one selection of one legacy store read as: the mapped documents, the quarantined records, the time the read
/// took, and the latest received-at among the versions read (the legacy watermark).
/// </summary>
internal sealed record LegacyBatch(
    IReadOnlyList<LegacyDocument> Documents, IReadOnlyList<QuarantinedRecord> Quarantined, TimeSpan Elapsed, DateTimeOffset? Watermark)
{
    /// <summary>Every version of every document, each carrying its document's issued reference (the core's key).</summary>
    public IReadOnlyList<DocumentVersion> Versions() =>
        [.. Documents.SelectMany(d => d.Versions.Select(v => v with { IssuedReference = d.Reference }))];

    public static async Task<LegacyBatch> ReadAsync(
        LegacyStore store, LegacySelection selection, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var documents = new List<LegacyDocument>();
        var quarantined = new List<QuarantinedRecord>();
        DateTimeOffset? watermark = null;
        await using (var connection = await store.OpenAsync(cancellationToken))
        {
            await foreach (var read in store.Reader.ReadAsync(connection, selection, cancellationToken))
            {
                if (read.Quarantined is { } record)
                {
                    quarantined.Add(record);
                    continue;
                }

                var document = read.Document!;
                documents.Add(document);
                foreach (var version in document.Versions)
                {
                    watermark = watermark is { } w && w >= version.ReceivedAt ? w : version.ReceivedAt;
                }
            }
        }

        return new LegacyBatch(documents, quarantined, clock.GetElapsedTime(started), watermark);
    }
}
