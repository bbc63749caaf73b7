using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;
using Strangler.Edifact.Cusdec;
using Declaration = Strangler.Core.Model.Declarations.Declaration;
using TransportDocument = Strangler.Core.Model.Consignments.TransportDocument;

namespace Strangler.Migration.Legacy.Gets;

/// <summary>
/// One TDEC number's rows as the versions the new core stores for the same messages (DeclarationMapper and the GETS
/// module): the TDEC number in every version, the declarant as role <c>DT</c>, the trip only when mode, conveyance or
/// loading place was sent, charges in the order charge, penalty, levy, none on a cancellation.
/// </summary>
internal static class GetsMapping
{
    public static IReadOnlyList<DocumentVersion> Versions(
        GetsHeaderRow header, IReadOnlyList<GetsVersionRow> versions, ILookup<int, GetsItemRow> items, ILookup<int, GetsTransportDocRow> documents)
    {
        var tdecNo = header.TdecNo.Trim();
        if (versions.Count == 0)
        {
            throw new UnmappableException("GTS_DECLARATION_VERSION has no rows for it");
        }

        if (versions.Count != header.CurrentVersion || versions.Select((v, i) => v.VersionNo != i + 1).Any(gap => gap))
        {
            throw new UnmappableException(
                $"GTS_DECLARATION_VERSION holds versions {string.Join(",", versions.Select(v => v.VersionNo))}, CURRENT_VERSION is {header.CurrentVersion}");
        }

        var orphan = items.Select(g => g.Key).Concat(documents.Select(g => g.Key)).FirstOrDefault(n => n < 1 || n > versions.Count);
        if (orphan != 0)
        {
            throw new UnmappableException($"GTS_DECLARATION_ITEM or GTS_TRANSPORT_DOC rows name version {orphan}, which GTS_DECLARATION_VERSION lacks");
        }

        return versions.Select(v => Version(tdecNo, v, items[v.VersionNo].ToList(), documents[v.VersionNo].ToList())).ToList();
    }

    private static DocumentVersion Version(string tdecNo, GetsVersionRow v, List<GetsItemRow> items, List<GetsTransportDocRow> documents)
    {
        var where = $"version {v.VersionNo}";
        var function = LegacyValues.Code(v.FunctionCode) switch
        {
            "9" => DocumentFunction.Original,
            "5" => DocumentFunction.Amendment,
            "1" => DocumentFunction.Cancellation,
            var other => throw new UnmappableException($"{where}: FUNCTION_CODE '{other}' is not 9, 5 or 1"),
        };
        if ((function == DocumentFunction.Original) != (v.VersionNo == 1))
        {
            throw new UnmappableException($"{where}: FUNCTION_CODE '{v.FunctionCode}' does not fit the version number");
        }

        if (items.Count != v.ItemCount)
        {
            throw new UnmappableException($"{where}: ITEM_COUNT is {v.ItemCount} but GTS_DECLARATION_ITEM has {items.Count} rows");
        }

        var form = LegacyValues.Code(v.FormCode) ?? string.Empty;
        if (!GetsCodes.IsImportForm(form) && !GetsCodes.IsExportForm(form))
        {
            throw new UnmappableException($"{where}: FORM_CODE '{form}' is not a GETS form");
        }

        var direction = GetsCodes.IsImportForm(form) ? TradeDirection.Import : TradeDirection.Export;
        var declaration = new Declaration
        {
            Form = form,
            Lrn = LegacyValues.Required(v.Lrn, $"{where}: LRN"),
            TdecNumber = tdecNo,
            Direction = direction,
            DocumentDate = LegacyValues.Date(v.DocumentDate, $"{where}: DOCUMENT_DATE"),
            ImportExportDate = LegacyValues.OptionalDate(v.ImportExportDate, $"{where}: IE_DATE"),
            Declarant = new Party
            {
                Name = v.DeclarantName ?? string.Empty,
                Address = v.DeclarantStreet,
                City = v.DeclarantCity,
                PostCode = v.DeclarantPostCode,
                Country = LegacyValues.Code(v.DeclarantCountry),
                BrNumber = NullIfBlank(v.DeclarantBr),
                Roles = EquatableList.Of(GetsCodes.Declarant),
            },
            Trader = TraderOf(v),
            Trip = TripOf(v, direction, where),
            ConsignmentCountry = LegacyValues.Code(v.ConsignmentCountry),
            TransportDocuments = documents.Select(d => DocumentOf(d, where)).ToEquatableList(),
            Items = items.Select(i => ItemOf(i, where)).ToEquatableList(),
            Charges = ChargesOf(v, function, where),
        };
        return new DocumentVersion
        {
            Number = v.VersionNo,
            Function = function,
            ReceivedAt = LegacyValues.Time(v.ReceivedAt, $"{where}: RECEIVED_AT"),
            IssuedReference = tdecNo,
            Source = SourceInterface.Gets,
            ClientKey = LegacyValues.Required(v.ClientKey, $"{where}: CLIENT_KEY"),
            Document = declaration,
        };
    }

    private static Party? TraderOf(GetsVersionRow v) =>
        LegacyValues.Code(v.TraderRole) is { Length: > 0 } role
            ? new Party
            {
                Name = v.TraderName ?? string.Empty,
                Address = v.TraderStreet,
                City = v.TraderCity,
                PostCode = v.TraderPostCode,
                Country = LegacyValues.Code(v.TraderCountry),
                BrNumber = NullIfBlank(v.TraderBr),
                Roles = EquatableList.Of(role),
            }
            : null;

    // As the core: no trip when none of mode, conveyance id and loading place was sent; a mode it cannot parse is null.
    private static Trip? TripOf(GetsVersionRow v, TradeDirection direction, string where)
    {
        var modeCode = LegacyValues.Code(v.ModeCode);
        var loading = LegacyValues.Code(v.LoadingPlace);
        if (modeCode is null && v.ConveyanceId is null && loading is null)
        {
            return null;
        }

        TransportMode? mode = null;
        if (modeCode is not null)
        {
            mode = TransportModes.TryParseCode(modeCode, out var m) ? m : throw new UnmappableException($"{where}: MODE_CODE '{modeCode}' is not a Rec 19 mode");
        }

        return new Trip
        {
            Conveyance = new Conveyance(mode, null, v.ConveyanceName),
            JourneyId = v.ConveyanceId,
            Direction = direction,
            PlaceOfLoading = loading,
        };
    }

    private static TransportDocument DocumentOf(GetsTransportDocRow d, string where) => new(
        LegacyValues.Code(d.Qualifier) switch
        {
            "BM" => TransportDocumentKind.BillOfLading,
            "AWB" => TransportDocumentKind.AirWaybill,
            "CCN" => TransportDocumentKind.Ccrn,
            "MRN" => TransportDocumentKind.ManifestReference,
            var other => throw new UnmappableException($"{where}: GTS_TRANSPORT_DOC {d.SeqNo} DOC_QUAL '{other}' is not BM, AWB, CCN or MRN"),
        },
        LegacyValues.Required(d.Reference, $"{where}: GTS_TRANSPORT_DOC {d.SeqNo} DOC_REF"));

    private static GoodsItem ItemOf(GetsItemRow i, string where) => new()
    {
        Sequence = i.ItemNo,
        Description = LegacyValues.Required(i.Description, $"{where}: item {i.ItemNo} DESCRIPTION"),
        HsCode = LegacyValues.Code(i.HkhsCode),
        Quantity = new Quantity(
            LegacyValues.Number(i.Quantity, $"{where}: item {i.ItemNo} QUANTITY"),
            LegacyValues.Code(i.UnitCode) ?? throw new UnmappableException($"{where}: item {i.ItemNo} UNIT_CODE is missing")),
        ValueHkd = LegacyValues.Number(i.ValueAmount, $"{where}: item {i.ItemNo} VALUE_AMT"),
        OriginCountry = LegacyValues.Code(i.OriginCountry),
    };

    // Money per version as lodged; the penalty is version 1's only. A lodgement always has a charge, a cancellation none.
    private static EquatableList<Charge> ChargesOf(GetsVersionRow v, DocumentFunction function, string where)
    {
        if (function == DocumentFunction.Cancellation)
        {
            return EquatableList<Charge>.Empty;
        }

        var charges = new List<Charge>
        {
            new(ChargeKind.DeclarationCharge, LegacyValues.Number(v.Charge, $"{where}: CHARGE_AMT")),
        };
        if (function == DocumentFunction.Original && LegacyValues.OptionalNumber(v.Penalty, $"{where}: PENALTY_AMT") is { } penalty)
        {
            charges.Add(new(ChargeKind.LatePenalty, penalty));
        }

        if (LegacyValues.OptionalNumber(v.Levy, $"{where}: LEVY_AMT") is { } levy)
        {
            charges.Add(new(ChargeKind.ClothingLevy, levy));
        }

        return charges.ToEquatableList();
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
