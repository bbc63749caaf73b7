using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;
using Strangler.Edifact.Cuscar;
using Cuscar = Strangler.Edifact.Cuscar;
using Consignment = Strangler.Core.Model.Consignments.Consignment;
using Conveyance = Strangler.Core.Model.Transport.Conveyance;
using GoodsItem = Strangler.Core.Model.Consignments.GoodsItem;
using Party = Strangler.Core.Model.Parties.Party;

namespace Strangler.Core.Model.Mapping;

/// <summary>Maps a decoded EMAN CUSCAR manifest to the canonical <see cref="Manifest"/>. Never throws on a decoded message.</summary>
public static class ManifestMapper
{
    public static Manifest Map(CuscarManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        TransportMode? mode = TransportModes.TryParseCode(manifest.Conveyance.ModeCode, out var m) ? m : null;
        var kind = DocumentKindOf(mode);
        return new Manifest
        {
            DocumentNumber = manifest.DocumentNumber,
            DocumentTime = RawValues.HongKongDateTime(manifest.DocumentDateTime),
            Statement = manifest.Statement == StatementType.Statement2 ? ManifestStatement.Statement2 : ManifestStatement.Statement1,
            Carrier = new Party
            {
                Name = manifest.CarrierName ?? manifest.CarrierCode,
                Identifier = manifest.CarrierCode,
                Roles = EquatableList.Of(PartyRoles.Carrier),
            },
            Trip = new Trip
            {
                Conveyance = new Conveyance(mode, manifest.Conveyance.ConveyanceId, manifest.Conveyance.ConveyanceName),
                JourneyId = manifest.Conveyance.VoyageNumber,
                CarrierCode = manifest.CarrierCode,
                Direction = manifest.DirectionCode == ManifestCodes.Export ? TradeDirection.Export : TradeDirection.Import,
                PlaceOfLoading = manifest.PlaceOfLoading,
                PlaceOfDischarge = manifest.PlaceOfDischarge,
                EventTime = RawValues.HongKongDateTime(manifest.EventDateTime),
            },
            ReplacesReference = manifest.EmanRef,
            Containers = manifest.Equipment.Select(ContainerOf).ToEquatableList(),
            Consignments = manifest.Consignments.Select(c => ConsignmentOf(c, kind, manifest.DecimalMark)).ToEquatableList(),
        };
    }

    public static DocumentFunction FunctionOf(CuscarManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest.Function switch
        {
            ManifestFunction.Amendment => DocumentFunction.Amendment,
            ManifestFunction.Cancellation => DocumentFunction.Cancellation,
            _ => DocumentFunction.Original,
        };
    }

    // CNI element 2 is an air waybill for air, a B/L by sea and river, a consignment note by rail.
    private static TransportDocumentKind DocumentKindOf(TransportMode? mode) => mode switch
    {
        TransportMode.Air => TransportDocumentKind.AirWaybill,
        TransportMode.Rail or TransportMode.Road => TransportDocumentKind.ConsignmentNote,
        _ => TransportDocumentKind.BillOfLading,
    };

    // Full is 5, empty 4 (EQD element 6).
    private static Container ContainerOf(Equipment e) => new(e.ContainerNumber, e.SizeType, e.FullEmptyCode == "5", e.Seals);

    private static Consignment ConsignmentOf(Cuscar.Consignment c, TransportDocumentKind kind, char mark) => new()
    {
        Document = new TransportDocument(kind, c.TransportDocumentNumber, c.MasterDocument?.Number),
        Consignor = PartyOf(c.Consignor, PartyRoles.Consignor),
        Consignee = PartyOf(c.Consignee, PartyRoles.Consignee),
        IsTranshipment = c.IsTranshipment,
        Licences = c.Licences,
        GoodsItems = c.GoodsItems.Select((g, i) => ItemOf(g, i + 1, mark)).ToEquatableList(),
    };

    private static Party PartyOf(Cuscar.Party p, string role) => new()
    {
        Name = p.Name,
        Address = p.Street,
        City = p.City,
        PostCode = p.PostCode,
        Country = p.Country,
        Roles = EquatableList.Of(role),
    };

    private static GoodsItem ItemOf(Cuscar.GoodsItem g, int position, char mark) => new()
    {
        Sequence = RawValues.Sequence(g.ItemNumber, position),
        Description = g.Description,
        HsCode = g.HsCode,
        Packages = RawValues.Whole(g.Packages),
        PackageCode = g.PackageCode,
        GrossWeightKg = RawValues.Decimal(g.GrossWeight, mark),
        VolumeM3 = RawValues.Decimal(g.GrossVolume, mark),
        Marks = g.Marks,
        Placements = g.Placements.Select(p => new GoodsPlacement(p.ContainerNumber, RawValues.Whole(p.Packages))).ToEquatableList(),
    };
}
