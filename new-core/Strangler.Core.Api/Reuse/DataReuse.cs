using System.Text.Json;
using Dapper;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Api.Access;
using Strangler.Core.Api.Declarations;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using CusdecReference = Strangler.Edifact.Cusdec.TransportDocument;

namespace Strangler.Core.Api.Reuse;

/// <summary>
/// Finds the document a declaration names for data reuse: a manifest by EMAN ref and the consignment with the given
/// B/L, the air cargo report carrying an air waybill, or a road lodgement by CCRN, each only when the caller may see it
/// (<see cref="Visibility"/>) or the consignment names the declaration's trader: as consignee on an import, as consignor
/// on an export, by BR number or by name (trimmed, spaces collapsed, case ignored). Transport documents carry no BR
/// numbers in ROCARS, EMAN and Cargo-IMP, so the trader's name on the document is what ties it to the declarant.
/// </summary>
internal sealed class DataReuse(DocumentReader reader, CoreDatabase database)
{
    public static readonly ContractError NotOnPlatform =
        new("J001", "REFERENCED DOCUMENT NOT ON THE PLATFORM OR NOT VISIBLE TO THIS CLIENT");

    public static readonly ContractError NotOneReference =
        new("J002", "NAME EXACTLY ONE OF: EMAN REF WITH BILL OF LADING, AIR WAYBILL, CCRN");

    // Cargo reports are stored by receipt or flight; the air waybill is found in their JSON, then checked exactly.
    private const string CargoReportsNaming = """
        SELECT d.reference FROM core_document d
        WHERE d.kind = 'CargoReport' AND d.status = 'Active' AND EXISTS (
            SELECT 1 FROM core_document_version v WHERE v.document_id = d.id AND v.document_json LIKE @Pattern)
        ORDER BY d.id DESC
        """;

    public async Task<(ReusedCargo? Cargo, ContractError? Error)> ResolveAsync(
        DataReuseRequest reuse, ClientAuthority client, TraderOnDocument trader, CancellationToken cancellationToken)
    {
        var named = (reuse.EmanRef is not null ? 1 : 0) + (reuse.AirWaybill is not null ? 1 : 0) + (reuse.Ccrn is not null ? 1 : 0);
        if (named != 1 || (reuse.EmanRef is null) != (reuse.BillOfLading is null))
        {
            return (null, NotOneReference);
        }

        var cargo = reuse switch
        {
            { Ccrn: { } ccrn } => await FromCcrnAsync(ccrn, client, trader, cancellationToken),
            { AirWaybill: { } awb } => await FromAirWaybillAsync(awb, client, trader, cancellationToken),
            _ => await FromManifestAsync(reuse.EmanRef!, reuse.BillOfLading!, client, trader, cancellationToken),
        };
        return cargo is null ? (null, NotOnPlatform) : (cargo, null);
    }

    private async Task<ReusedCargo?> FromCcrnAsync(string ccrn, ClientAuthority client, TraderOnDocument trader, CancellationToken cancellationToken)
    {
        var stored = await StoredContent.ReadAsync<RoadLodgement>(reader, ccrn,
            (head, content) => Visibility.MaySee(client, head, content) || (content is RoadLodgement l && trader.IsNamedOn(l.Consignment)),
            cancellationToken);
        if (stored is null || stored.IsCancelled)
        {
            return null;
        }

        var lodgement = (RoadLodgement)stored.Content;
        return Of(lodgement.Consignment, TransportMode.Road.Code().ToString(), null, null, null, [new("CCN", ccrn)]);
    }

    private async Task<ReusedCargo?> FromManifestAsync(
        string emanRef, string billOfLading, ClientAuthority client, TraderOnDocument trader, CancellationToken cancellationToken)
    {
        var stored = await StoredContent.ReadAsync<Manifest>(reader, emanRef,
            (head, content) => Visibility.MaySee(client, head, content) ||
                (content is Manifest m && m.Consignments.Any(c => c.Document?.Number == billOfLading && trader.IsNamedOn(c))),
            cancellationToken);
        if (stored is null || stored.IsCancelled)
        {
            return null;
        }

        var manifest = (Manifest)stored.Content;
        var consignment = manifest.Consignments.FirstOrDefault(c => c.Document?.Number == billOfLading);
        return consignment is null ? null : Of(consignment, manifest.Trip, [new("MRN", emanRef), new("BM", billOfLading)]);
    }

    private async Task<ReusedCargo?> FromAirWaybillAsync(string airWaybill, ClientAuthority client, TraderOnDocument trader, CancellationToken cancellationToken)
    {
        var pattern = "%\"number\":" + JsonSerializer.Serialize(airWaybill).Replace("%", "_", StringComparison.Ordinal) + "%";
        IEnumerable<string> references;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            references = (await connection.QueryAsync<string>(
                new CommandDefinition(CargoReportsNaming, new { Pattern = pattern }, cancellationToken: cancellationToken))).ToList();
        }

        foreach (var reference in references)
        {
            var stored = await StoredContent.ReadAsync<CargoReport>(reader, reference,
                (head, content) => Visibility.MaySee(client, head, content) || (content is CargoReport r && r.Consignments.Any(c =>
                    c.Document is { Kind: TransportDocumentKind.AirWaybill } d && d.Number == airWaybill && trader.IsNamedOn(c))),
                cancellationToken);
            if (stored?.Content is CargoReport report &&
                report.Consignments.FirstOrDefault(c => c.Document is { Kind: TransportDocumentKind.AirWaybill } d && d.Number == airWaybill) is { } consignment)
            {
                return Of(consignment, report.Trip ?? new Trip { Conveyance = new(TransportMode.Air, null, null), Direction = TradeDirection.Import },
                    [new("AWB", airWaybill)]);
            }
        }

        return null;
    }

    private static ReusedCargo Of(Consignment consignment, Trip trip, IReadOnlyList<CusdecReference> references) =>
        Of(consignment, trip.Conveyance.Mode is { } mode ? mode.Code().ToString() : null, trip.JourneyId ?? trip.Conveyance.Id,
            trip.Conveyance.Name, trip.PlaceOfLoading ?? consignment.PlaceOfLoading, references);

    private static ReusedCargo Of(
        Consignment c, string? modeCode, string? conveyanceId, string? conveyanceName, string? loadingPlace,
        IReadOnlyList<CusdecReference> references) =>
        new(c.Consignor, c.Consignee, [.. c.GoodsItems.OrderBy(i => i.Sequence)], modeCode, conveyanceId, conveyanceName,
            loadingPlace is not null && CodeFormat.IsUnLocode(loadingPlace) ? loadingPlace : null, references);
}
