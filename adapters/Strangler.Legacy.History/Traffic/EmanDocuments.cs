using System.Globalization;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Edifact.Cuscar;
using Strangler.Legacy.History.Parties;
using Strangler.Legacy.History.World;
using CuscarConsignment = Strangler.Edifact.Cuscar.Consignment;
using CuscarGoodsItem = Strangler.Edifact.Cuscar.GoodsItem;
using CuscarParty = Strangler.Edifact.Cuscar.Party;

namespace Strangler.Legacy.History.Traffic;

/// <summary>The faults a manifest is sent with on its refused first try.</summary>
internal enum ManifestFault
{
    None,

    /// <summary>A container number whose check digit is wrong (<c>E031</c>).</summary>
    ContainerCheckDigit,

    /// <summary>CNT+11 one more than the packages of the goods items (<c>E014</c>).</summary>
    PackageTotal,
}

/// <summary>Builds the CUSCAR manifest of a trip (eman.md): Statement 1 or 2, original, amendment or cancellation.</summary>
internal static class EmanDocuments
{
    private static readonly string[] SizeTypes = ["22G1", "45G1", "42G1", "22R1", "45R1"];

    public static CuscarManifest Manifest(
        Trip trip, StatementType statement, ManifestFunction function, string? emanRef, ManifestFault fault, DateTimeOffset receivedAt)
    {
        var mode = trip.Mode;
        var header = new CuscarManifest
        {
            DocumentNumber = $"{trip.Carrier.Code}{trip.VoyageNumber.Replace("/", "", StringComparison.Ordinal)}{statement.Code()}",
            Function = function,
            Statement = statement,
            DirectionCode = trip.IsImport ? ManifestCodes.Import : ManifestCodes.Export,
            DocumentDateTime = TrafficContext.Ccyymmddhhmm(receivedAt),
            EmanRef = function == ManifestFunction.Original ? null : emanRef,
            CarrierCode = trip.Carrier.Code,
            CarrierName = trip.Carrier.Name,
            Conveyance = new Conveyance(trip.VoyageNumber, mode.Code().ToString(), trip.Carrier.Code, trip.Conveyance.Id, trip.Conveyance.Name),
            PlaceOfLoading = trip.Loading.Locode,
            PlaceOfDischarge = trip.Discharge.Locode,
            EventQualifier = trip.IsImport ? ManifestCodes.Arrival : ManifestCodes.Departure,
            EventDateTime = TrafficContext.Ccyymmddhhmm(trip.EventAt),
        };
        if (function == ManifestFunction.Cancellation)
        {
            return header;
        }

        var containers = mode == TransportMode.Air ? [] : trip.Shipments.SelectMany(s => s.Containers).ToList();
        var wrongContainer = fault == ManifestFault.ContainerCheckDigit && containers.Count > 0 ? containers[0] : null;
        string Container(string number) => number == wrongContainer ? WrongCheckDigit(number) : number;

        var consignments = trip.Shipments.Select((s, i) => Consignment(trip, s, i, Container)).ToEquatableList();
        var packages = trip.Shipments.Sum(s => s.Packages) + (fault == ManifestFault.PackageTotal ? 1 : 0);
        var weight = trip.Shipments.Sum(s => s.GrossKg) + trip.WeightCorrection;
        return header with
        {
            Totals = new ManifestTotals(
                packages.ToString(CultureInfo.InvariantCulture),
                Weight(weight),
                containers.Count == 0 ? null : containers.Count.ToString(CultureInfo.InvariantCulture)),
            Equipment = containers.Select(c => new Equipment(Container(c), SizeType(c), "5", new EquatableList<string>([Seal(c)]))).ToEquatableList(),
            Consignments = consignments,
        };
    }

    private static CuscarConsignment Consignment(Trip trip, Shipment s, int index, Func<string, string> container)
    {
        var trader = new CuscarParty(s.Trader.Name, s.Trader.Street, s.Trader.District, Trader.PostCode, "HK");
        var counterpart = new CuscarParty(s.Counterpart.Name, s.Counterpart.Street, s.Counterpart.City, s.Counterpart.PostCode, s.Counterpart.Country);
        var withVolume = trip.Mode is TransportMode.Maritime or TransportMode.InlandWater or TransportMode.Rail;
        var items = s.Goods.Select((g, j) =>
        {
            var correction = index == 0 && j == 0 ? trip.WeightCorrection : 0m;
            return new CuscarGoodsItem
            {
                ItemNumber = (j + 1).ToString(CultureInfo.InvariantCulture),
                Packages = g.Packages.ToString(CultureInfo.InvariantCulture),
                PackageCode = g.Commodity.PackageCode,
                Description = g.Commodity.Description,
                HsCode = g.Commodity.Hs6,
                GrossWeight = Weight(g.GrossKg + correction),
                GrossVolume = withVolume ? g.VolumeM3.ToString("0.00", CultureInfo.InvariantCulture) : null,
                Marks = PartyText.Clean($"{s.Trader.Name.Split(' ')[0]}/HKG/1-{g.Packages}", 35),
                Placements = s.Containers.Count == 0
                    ? EquatableList<ContainerPlacement>.Empty
                    : new EquatableList<ContainerPlacement>(
                        [new ContainerPlacement(container(s.Containers[j % s.Containers.Count]), g.Packages.ToString(CultureInfo.InvariantCulture))]),
            };
        }).ToEquatableList();

        return new CuscarConsignment
        {
            Sequence = (index + 1).ToString(CultureInfo.InvariantCulture),
            TransportDocumentNumber = s.TransportDocument!,
            Consignor = s.IsImport ? counterpart : trader,
            Consignee = s.IsImport ? trader : counterpart,
            GoodsItems = items,
        };
    }

    public static string Weight(decimal kg) => kg.ToString("0.0", CultureInfo.InvariantCulture);

    private static string SizeType(string container) => SizeTypes[(container[^2] - '0') % SizeTypes.Length];

    private static string Seal(string container) => "SL" + container[4..10];

    private static string WrongCheckDigit(string container) => container[..10] + (char)('0' + ((container[10] - '0' + 3) % 10));
}
