using System.Globalization;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Edifact.Cusdec;
using Strangler.Legacy.History.Parties;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Traffic;

/// <summary>Builds the CUSDEC declaration of a shipment (gets.md): original, amendment or cancellation.</summary>
internal static class GetsDocuments
{
    /// <summary>A description on the closed vague list, for the declarations meant to be refused with <c>E015</c>.</summary>
    public const string VagueDescription = "GENERAL CARGO";

    public static Declaration Declaration(Shipment s, DeclarationFunction function, bool vague, bool amended, DateTimeOffset receivedAt, string messageRef)
    {
        var declarant = Party(s.Trader, "DT");
        var documentDate = TrafficContext.Ccyymmdd(receivedAt);
        if (function == DeclarationFunction.Cancellation)
        {
            return new Declaration
            {
                MessageRef = messageRef,
                Lrn = s.Lrn,
                FunctionCode = function.Code(),
                FormCode = s.GetsForm,
                DocumentDate = documentDate,
                TdecNumber = s.TdecNumber,
                Declarant = declarant,
                ItemCount = "0",
            };
        }

        var mode = s.Unit.Mode();
        var trip = s.Trip;
        var items = s.Goods.Select((g, i) => Item(s, g, i, vague && i == 0, amended && i == 0)).ToEquatableList();
        return new Declaration
        {
            MessageRef = messageRef,
            Lrn = s.Lrn,
            FunctionCode = function.Code(),
            FormCode = s.GetsForm,
            DocumentDate = documentDate,
            DateQualifier = s.IsImport ? GetsCodes.ImportDate : GetsCodes.ExportDate,
            ImportExportDate = TrafficContext.Ccyymmdd(s.EventAt),
            TdecNumber = function == DeclarationFunction.Amendment ? s.TdecNumber : null,
            TransportDocuments = TransportDocuments(s).ToEquatableList(),
            Declarant = declarant,
            Trader = Party(s.Trader, s.IsImport ? GetsCodes.Importer : GetsCodes.Exporter),
            ModeCode = mode.Code().ToString(),
            // Road: the vehicle's registration mark; otherwise the voyage, flight (with its date) or train.
            ConveyanceId = mode == TransportMode.Road ? s.Truck?.Vrn : trip!.VoyageNumber,
            ConveyanceName = mode is TransportMode.Maritime or TransportMode.InlandWater or TransportMode.Rail ? trip!.Conveyance.Name : null,
            ConsignmentCountry = s.Counterpart.Country,
            LoadingPlace = trip is null ? null : trip.Loading.Locode,
            Items = items,
            ItemCount = items.Count.ToString(CultureInfo.InvariantCulture),
        };
    }

    // B/L or air waybill (sea, river, air), the EMAN ref of the trip's Statement 1, the ROCARS CCRN (road).
    private static IEnumerable<TransportDocument> TransportDocuments(Shipment s)
    {
        if (s.Unit == CutoverUnit.Road)
        {
            if (s.Ccrn is not null)
            {
                yield return new TransportDocument("CCN", s.Ccrn);
            }

            yield break;
        }

        if (s.TransportDocument is not null && s.Unit != CutoverUnit.Rail)
        {
            yield return new TransportDocument(s.Unit == CutoverUnit.Air ? "AWB" : "BM", s.TransportDocument);
        }

        if (s.Trip?.Statement1Ref is { } emanRef)
        {
            yield return new TransportDocument("MRN", emanRef);
        }
    }

    private static DeclarationItem Item(Shipment s, GoodsLine g, int index, bool vague, bool amended)
    {
        // An amendment corrects the first item's quantity and value (a typical reason to amend).
        var quantity = amended ? Math.Round(g.Quantity * 1.1m, 3) : g.Quantity;
        var value = amended ? Math.Round(g.ValueHkd * 1.1m, 2) : g.ValueHkd;
        return new DeclarationItem(
            (index + 1).ToString(CultureInfo.InvariantCulture),
            g.Commodity.Hkhs,
            vague ? VagueDescription : g.Commodity.Description,
            Number(Math.Max(quantity, 0.001m)),
            g.Commodity.Unit,
            s.IsImport ? GetsCodes.ImportValue : GetsCodes.ExportValue,
            value.ToString("0.00", CultureInfo.InvariantCulture),
            g.OriginCountry);
    }

    private static DeclarationParty Party(Trader t, string qualifier) =>
        new(qualifier, t.BrNumber, t.Name, t.Street, t.District, null, "HK");

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
