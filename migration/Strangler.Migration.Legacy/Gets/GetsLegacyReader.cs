using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;

namespace Strangler.Migration.Legacy.Gets;

/// <summary>
/// The legacy GETS store (<c>GTS_</c> tables) read as the new core's declarations: every version of every TDEC number
/// whose original was received on the selected Hong Kong days, in four set-based statements per call. Holds the whole
/// selection in memory while it maps it, so callers read a day (or a few) at a time.
/// </summary>
public sealed class GetsLegacyReader : ILegacyDocumentReader
{
    public SourceInterface Interface => SourceInterface.Gets;

    /// <summary>
    /// Empty: every field of the canonical declaration is kept by GTS_DECLARATION_VERSION, _ITEM and GTS_TRANSPORT_DOC
    /// (the pre-shipment flag is always false in legacy, which refuses pre-shipment lodgements with E004).
    /// </summary>
    public IReadOnlyList<NotHeldField> NotHeld { get; } = [];

    public async IAsyncEnumerable<LegacyRead> ReadAsync(
        DbConnection connection, LegacySelection selection, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var window = LegacyWindow.Of(selection);
        var byMode = window.ModeCode is not null;
        var changed = window.Since is not null;
        var parameters = window.Parameters();
        var headers = (await connection.QueryAsync<GetsHeaderRow>(Command(GetsSql.Headers(byMode, changed), parameters, cancellationToken))).ToList();
        if (headers.Count == 0)
        {
            yield break;
        }

        var versions = (await connection.QueryAsync<GetsVersionRow>(Command(GetsSql.Versions(byMode, changed), parameters, cancellationToken)))
            .ToLookup(v => v.DeclarationId);
        var items = (await connection.QueryAsync<GetsItemRow>(Command(GetsSql.Items(byMode, changed), parameters, cancellationToken)))
            .ToLookup(i => i.DeclarationId);
        var documents = (await connection.QueryAsync<GetsTransportDocRow>(Command(GetsSql.TransportDocuments(byMode, changed), parameters, cancellationToken)))
            .ToLookup(d => d.DeclarationId);

        foreach (var header in headers.OrderBy(h => h.TdecNo.Trim(), StringComparer.Ordinal).ThenBy(h => h.DeclarationId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = Read(header, versions[header.DeclarationId].ToList(), items[header.DeclarationId], documents[header.DeclarationId]);
            if (read.Document is { } document && !selection.Includes(document.Day, document.Mode))
            {
                continue; // the SQL window and the core's mode rule agree; kept as the final word
            }

            yield return read;
        }
    }

    private static LegacyRead Read(
        GetsHeaderRow header, List<GetsVersionRow> versions, IEnumerable<GetsItemRow> items, IEnumerable<GetsTransportDocRow> documents)
    {
        var key = $"GTS_DECLARATION {header.DeclarationId} ({header.TdecNo.Trim()})";
        try
        {
            var mapped = GetsMapping.Versions(header, versions, items.ToLookup(i => i.VersionNo), documents.ToLookup(d => d.VersionNo));
            var original = mapped[0];
            var mode = original.Document is Declaration d ? d.Trip?.Conveyance.Mode : null;
            return LegacyRead.Mapped(new LegacyDocument(
                header.TdecNo.Trim(), nameof(Declaration), mode, DateOnly.FromDateTime(original.ReceivedAt.DateTime), mapped));
        }
        catch (UnmappableException e)
        {
            return LegacyRead.Quarantine(new QuarantinedRecord(SourceInterface.Gets, key, DayOf(header, versions), e.Message));
        }
    }

    // The day a quarantined record is counted under: its version 1's, else its header's LODGED_AT, else unknown.
    private static DateOnly? DayOf(GetsHeaderRow header, List<GetsVersionRow> versions)
    {
        foreach (var value in new[] { versions.FirstOrDefault(v => v.VersionNo == 1)?.ReceivedAt, header.LodgedAt })
        {
            try
            {
                return DateOnly.FromDateTime(LegacyValues.Time(value, "day").DateTime);
            }
            catch (UnmappableException)
            {
                // try the next
            }
        }

        return null;
    }

    private static CommandDefinition Command(string sql, DynamicParameters parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, cancellationToken: cancellationToken);
}
