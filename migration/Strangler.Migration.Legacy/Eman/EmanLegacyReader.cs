using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Migration.Legacy.Gets;

namespace Strangler.Migration.Legacy.Eman;

/// <summary>
/// The legacy EMAN store (<c>EMN_</c> tables) read as the new core's manifests: every version of every EMAN ref whose
/// original was received on the selected Hong Kong days, in six set-based statements per call. EMAN keeps manifests
/// only (cargo reports are ACCS's). Holds the whole selection in memory while it maps it, so callers read a day (or a
/// few) at a time.
/// </summary>
public sealed class EmanLegacyReader : ILegacyDocumentReader
{
    public SourceInterface Interface => SourceInterface.Eman;

    /// <summary>
    /// A cancellation's own header: EMN_MANIFEST_VERSION keeps only the function, document number, message refs and
    /// received-at of a cancellation (its other fields are not judged), so it is read with the header of the version
    /// before it. Every other field of the canonical manifest is kept by EMN_MANIFEST, _VERSION, EMN_EQUIPMENT,
    /// EMN_CONSIGNMENT, EMN_GOODS_ITEM and EMN_PLACEMENT. The trip's keys (mode, carrier code, conveyance id, voyage,
    /// direction) are EMN_MANIFEST's, which E010 keeps fixed.
    /// </summary>
    public IReadOnlyList<NotHeldField> NotHeld { get; } =
    [
        new("Manifest", "document.documentTime", CancellationHeader, DocumentFunction.Cancellation),
        new("Manifest", "document.carrier.name", CancellationHeader, DocumentFunction.Cancellation),
        new("Manifest", "document.trip.conveyance.name", CancellationHeader, DocumentFunction.Cancellation),
        new("Manifest", "document.trip.placeOfLoading", CancellationHeader, DocumentFunction.Cancellation),
        new("Manifest", "document.trip.placeOfDischarge", CancellationHeader, DocumentFunction.Cancellation),
        new("Manifest", "document.trip.eventTime", CancellationHeader, DocumentFunction.Cancellation),
    ];

    private const string CancellationHeader =
        "EMN_MANIFEST_VERSION keeps no header of a cancellation (only function, document number, message refs, received-at); the reader repeats the previous version's.";

    public async IAsyncEnumerable<LegacyRead> ReadAsync(
        DbConnection connection, LegacySelection selection, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var window = LegacyWindow.Of(selection);
        var byMode = window.ModeCode is not null;
        var changed = window.Since is not null;
        var parameters = window.Parameters();
        var manifests = (await connection.QueryAsync<EmanManifestRow>(Command(EmanSql.Manifests(byMode, changed), parameters, cancellationToken))).ToList();
        if (manifests.Count == 0)
        {
            yield break;
        }

        var versions = (await connection.QueryAsync<EmanVersionRow>(Command(EmanSql.Versions(byMode, changed), parameters, cancellationToken)))
            .ToLookup(r => r.ManifestId);
        var equipment = (await connection.QueryAsync<EmanEquipmentRow>(Command(EmanSql.Equipment(byMode, changed), parameters, cancellationToken)))
            .ToLookup(r => r.ManifestId);
        var consignments = (await connection.QueryAsync<EmanConsignmentRow>(Command(EmanSql.Consignments(byMode, changed), parameters, cancellationToken)))
            .ToLookup(r => r.ManifestId);
        var goods = (await connection.QueryAsync<EmanGoodsItemRow>(Command(EmanSql.GoodsItems(byMode, changed), parameters, cancellationToken)))
            .ToLookup(r => r.ManifestId);
        var placements = (await connection.QueryAsync<EmanPlacementRow>(Command(EmanSql.Placements(byMode, changed), parameters, cancellationToken)))
            .ToLookup(r => r.ManifestId);

        foreach (var header in manifests.OrderBy(m => m.EmanRef.Trim(), StringComparer.Ordinal).ThenBy(m => m.ManifestId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = header.ManifestId;
            var detail = new EmanDetail(versions[id].ToList(), equipment[id], consignments[id], goods[id], placements[id]);
            var read = Read(header, detail);
            if (read.Document is { } document && !selection.Includes(document.Day, document.Mode))
            {
                continue;
            }

            yield return read;
        }
    }

    private static LegacyRead Read(EmanManifestRow header, EmanDetail detail)
    {
        var emanRef = header.EmanRef.Trim();
        try
        {
            var mapped = EmanMapping.Versions(header, detail);
            var original = mapped[0];
            return LegacyRead.Mapped(new LegacyDocument(
                emanRef, nameof(Manifest), ((Manifest)original.Document!).Trip.Conveyance.Mode, DateOnly.FromDateTime(original.ReceivedAt.DateTime), mapped));
        }
        catch (UnmappableException e)
        {
            return LegacyRead.Quarantine(new QuarantinedRecord(SourceInterface.Eman, $"EMN_MANIFEST {header.ManifestId} ({emanRef})", DayOf(header, detail), e.Message));
        }
    }

    private static DateOnly? DayOf(EmanManifestRow header, EmanDetail detail)
    {
        foreach (var value in new[] { detail.Versions.FirstOrDefault(v => v.VersionNo == 1)?.ReceivedAt, header.CreatedAt })
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
