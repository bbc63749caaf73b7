using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;
using Strangler.Edifact.Cusdec;
using Cusdec = Strangler.Edifact.Cusdec;
using TransportDocument = Strangler.Core.Model.Consignments.TransportDocument;

namespace Strangler.Core.Model.Mapping;

/// <summary>Maps a decoded GETS CUSDEC declaration to the canonical <see cref="Declarations.Declaration"/>. Never throws on a decoded message.</summary>
public static class DeclarationMapper
{
    /// <summary>The canonical declaration; its charges are those of gets.md for a version received at <paramref name="receivedAt"/>.</summary>
    public static Declarations.Declaration Map(Cusdec.Declaration declaration, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var mark = declaration.DecimalMark;
        var direction = DirectionOf(declaration);
        return new Declarations.Declaration
        {
            Form = declaration.FormCode,
            Lrn = declaration.Lrn,
            TdecNumber = declaration.TdecNumber,
            Direction = direction,
            PreShipment = declaration.PreShipment,
            DocumentDate = RawValues.Date(declaration.DocumentDate),
            ImportExportDate = RawValues.Date(declaration.ImportExportDate),
            Declarant = PartyOf(declaration.Declarant),
            Trader = declaration.Trader is { } trader ? PartyOf(trader) : null,
            Trip = TripOf(declaration, direction),
            ConsignmentCountry = declaration.ConsignmentCountry,
            TransportDocuments = declaration.TransportDocuments.Select(DocumentOf).ToEquatableList(),
            Items = declaration.Items.Select((item, i) => ItemOf(item, i + 1, mark)).ToEquatableList(),
            Charges = ChargesOf(declaration, receivedAt),
        };
    }

    public static DocumentFunction FunctionOf(Cusdec.Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return declaration.Function switch
        {
            DeclarationFunction.Amendment => DocumentFunction.Amendment,
            DeclarationFunction.Cancellation => DocumentFunction.Cancellation,
            _ => DocumentFunction.Original,
        };
    }

    // The form decides; a form the rules reject falls back on the date qualifier (133 export).
    private static TradeDirection DirectionOf(Cusdec.Declaration d) =>
        GetsCodes.IsImportForm(d.FormCode) ? TradeDirection.Import
        : GetsCodes.IsExportForm(d.FormCode) ? TradeDirection.Export
        : d.DateQualifier == GetsCodes.ExportDate ? TradeDirection.Export
        : TradeDirection.Import;

    private static Party PartyOf(DeclarationParty p) => new()
    {
        Name = p.Name,
        Address = p.Street,
        City = p.City,
        PostCode = p.PostCode,
        Country = p.Country,
        BrNumber = RawValues.NullIfBlank(p.BrNumber),
        Roles = EquatableList.Of(p.Qualifier),
    };

    // GETS sends one conveyance id that is the voyage, flight, train number or VRN: the journey id.
    private static Trip? TripOf(Cusdec.Declaration d, TradeDirection direction)
    {
        if (d.ModeCode is null && d.ConveyanceId is null && d.LoadingPlace is null)
        {
            return null;
        }

        TransportMode? mode = TransportModes.TryParseCode(d.ModeCode, out var m) ? m : null;
        return new Trip
        {
            Conveyance = new Conveyance(mode, null, d.ConveyanceName),
            JourneyId = d.ConveyanceId,
            Direction = direction,
            PlaceOfLoading = d.LoadingPlace,
        };
    }

    private static TransportDocument DocumentOf(Cusdec.TransportDocument d) => new(
        d.Qualifier switch
        {
            "BM" => TransportDocumentKind.BillOfLading,
            "AWB" => TransportDocumentKind.AirWaybill,
            "CCN" => TransportDocumentKind.Ccrn,
            "MRN" => TransportDocumentKind.ManifestReference,
            _ => TransportDocumentKind.ConsignmentNote, // the subset allows no other qualifier
        },
        d.Reference);

    private static GoodsItem ItemOf(DeclarationItem item, int position, char mark) => new()
    {
        Sequence = RawValues.Sequence(item.ItemNumber, position),
        Description = item.Description,
        HsCode = item.HkhsCode,
        Quantity = RawValues.Decimal(item.Quantity, mark) is { } q ? new Quantity(q, item.Unit) : null,
        ValueHkd = RawValues.Decimal(item.Value, mark),
        OriginCountry = item.OriginCountry,
    };

    private static EquatableList<Charge> ChargesOf(Cusdec.Declaration d, DateTimeOffset receivedAt)
    {
        if (GetsCharges.For(d, HongKongTime.Date(receivedAt)) is not { } money)
        {
            return EquatableList<Charge>.Empty;
        }

        var charges = new List<Charge> { new(ChargeKind.DeclarationCharge, money.Charge) };
        if (money.Penalty is { } penalty)
        {
            charges.Add(new(ChargeKind.LatePenalty, penalty));
        }

        if (money.Levy is { } levy)
        {
            charges.Add(new(ChargeKind.ClothingLevy, levy));
        }

        return charges.ToEquatableList();
    }
}
