using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;
using Strangler.Migration.Legacy.Gets;

namespace Strangler.Migration.Legacy.Eman;

/// <summary>
/// One EMAN ref's rows as the versions the new core stores for the same messages (ManifestMapper and the EMAN module):
/// the trip from the master row (an amendment cannot change it, E010), the rest per version; the EMAN ref as the
/// replaced reference of every version after the original. A cancellation message carries the header only (eman.md:
/// no equipment, no consignments) and legacy keeps only its document number, so it is read with its own document number,
/// no equipment or consignments, and the header of the version before it (document time, carrier name, conveyance name,
/// places, event time), which a cancellation normally repeats.
/// </summary>
internal static class EmanMapping
{
    public static IReadOnlyList<DocumentVersion> Versions(EmanManifestRow header, EmanDetail detail)
    {
        var emanRef = header.EmanRef.Trim();
        var versions = detail.Versions;
        if (versions.Count == 0)
        {
            throw new UnmappableException("EMN_MANIFEST_VERSION has no rows for it");
        }

        if (versions.Count != header.CurrentVersion || versions.Select((v, i) => v.VersionNo != i + 1).Any(gap => gap))
        {
            throw new UnmappableException(
                $"EMN_MANIFEST_VERSION holds versions {string.Join(",", versions.Select(v => v.VersionNo))}, CURRENT_VERSION_NO is {header.CurrentVersion}");
        }

        if (detail.Orphan() is { } orphan)
        {
            throw new UnmappableException(orphan);
        }

        var trip = TripOf(header, out var kind);
        var result = new List<DocumentVersion>(versions.Count);
        Manifest? content = null;
        foreach (var v in versions)
        {
            var where = $"version {v.VersionNo}";
            var function = LegacyValues.Code(v.FunctionCode) switch
            {
                "9" => DocumentFunction.Original,
                "5" => DocumentFunction.Amendment,
                "1" => DocumentFunction.Cancellation,
                var other => throw new UnmappableException($"{where}: FUNCTION_CD '{other}' is not 9, 5 or 1"),
            };
            if ((function == DocumentFunction.Original) != (v.VersionNo == 1))
            {
                throw new UnmappableException($"{where}: FUNCTION_CD '{v.FunctionCode}' does not fit the version number");
            }

            var documentNo = LegacyValues.Required(v.DocumentNo, $"{where}: DOCUMENT_NO");
            var replaces = v.VersionNo == 1 ? null : emanRef;
            if (function == DocumentFunction.Cancellation)
            {
                content = (content ?? throw new UnmappableException($"{where}: a cancellation with no version before it"))
                    with
                    {
                        DocumentNumber = documentNo,
                        ReplacesReference = replaces,
                        Containers = EquatableList<Container>.Empty,
                        Consignments = EquatableList<Consignment>.Empty,
                    };
            }
            else
            {
                content = ManifestOf(header, v, trip, kind, detail, documentNo, replaces, where);
            }

            result.Add(new DocumentVersion
            {
                Number = v.VersionNo,
                Function = function,
                ReceivedAt = LegacyValues.Time(v.ReceivedAt, $"{where}: RECEIVED_AT"),
                IssuedReference = emanRef,
                Source = SourceInterface.Eman,
                ClientKey = LegacyValues.Required(header.ClientKey, "CLIENT_KEY"),
                Document = content,
            });
        }

        return result;
    }

    private static Trip TripOf(EmanManifestRow header, out TransportDocumentKind kind)
    {
        var modeCode = LegacyValues.Code(header.ModeCode);
        if (!TransportModes.TryParseCode(modeCode, out var mode))
        {
            throw new UnmappableException($"MODE_CD '{modeCode}' is not a Rec 19 mode");
        }

        // CNI element 2 is an air waybill for air, a B/L by sea and river, a consignment note by rail (ManifestMapper).
        kind = mode switch
        {
            TransportMode.Air => TransportDocumentKind.AirWaybill,
            TransportMode.Rail or TransportMode.Road => TransportDocumentKind.ConsignmentNote,
            _ => TransportDocumentKind.BillOfLading,
        };
        var direction = LegacyValues.Code(header.DirectionCode) switch
        {
            "IM" => TradeDirection.Import,
            "EX" => TradeDirection.Export,
            var other => throw new UnmappableException($"DIRECTION_CD '{other}' is not IM or EX"),
        };
        return new Trip
        {
            Conveyance = new Conveyance(mode, header.ConveyanceId, null),
            JourneyId = header.VoyageNumber,
            CarrierCode = header.CarrierCode,
            Direction = direction,
        };
    }

    private static Manifest ManifestOf(
        EmanManifestRow header, EmanVersionRow v, Trip trip, TransportDocumentKind kind, EmanDetail detail, string documentNo, string? replaces,
        string where)
    {
        var statement = LegacyValues.Code(header.StatementCode) switch
        {
            "S1" => ManifestStatement.Statement1,
            "S2" => ManifestStatement.Statement2,
            var other => throw new UnmappableException($"STATEMENT_CD '{other}' is not S1 or S2"),
        };
        var carrierCode = LegacyValues.Required(header.CarrierCode, "CARRIER_CD");
        return new Manifest
        {
            DocumentNumber = documentNo,
            DocumentTime = LegacyValues.OptionalTime(v.DocumentAt, $"{where}: DOCUMENT_AT"),
            Statement = statement,
            Carrier = new Party { Name = v.CarrierName ?? carrierCode, Identifier = carrierCode, Roles = EquatableList.Of(PartyRoles.Carrier) },
            Trip = trip with
            {
                Conveyance = trip.Conveyance with { Name = v.ConveyanceName },
                PlaceOfLoading = LegacyValues.Code(v.LoadingPlace),
                PlaceOfDischarge = LegacyValues.Code(v.DischargePlace),
                EventTime = LegacyValues.OptionalTime(v.EventAt, $"{where}: EVENT_AT"),
            },
            ReplacesReference = replaces,
            Containers = detail.Equipment[v.VersionNo].Select(e => ContainerOf(e, where)).ToEquatableList(),
            Consignments = detail.Consignments[v.VersionNo]
                .Select(c => ConsignmentOf(c, kind, detail, where)).ToEquatableList(),
        };
    }

    // Full is 5, empty 4 (EQD element 6); seals space-separated in one column.
    private static Container ContainerOf(EmanEquipmentRow e, string where) => new(
        LegacyValues.Code(e.ContainerNo) ?? throw new UnmappableException($"{where}: EQD {e.SeqNo} CONTAINER_NO is missing"),
        LegacyValues.Code(e.SizeType) ?? throw new UnmappableException($"{where}: EQD {e.SeqNo} SIZE_TYPE_CD is missing"),
        LegacyValues.Code(e.FullEmpty) switch
        {
            "5" => true,
            "4" => false,
            var other => throw new UnmappableException($"{where}: EQD {e.SeqNo} FULL_EMPTY_CD '{other}' is not 4 or 5"),
        },
        Split(e.Seals));

    private static Consignment ConsignmentOf(EmanConsignmentRow c, TransportDocumentKind kind, EmanDetail detail, string where) => new()
    {
        Document = new TransportDocument(
            kind, LegacyValues.Required(c.DocumentNo, $"{where}: CNI {c.SeqNo} TRANSPORT_DOC_NO"), c.MasterNo),
        Consignor = PartyOf(c.ConsignorName, c.ConsignorStreet, c.ConsignorCity, c.ConsignorPostCode, c.ConsignorCountry, PartyRoles.Consignor),
        Consignee = PartyOf(c.ConsigneeName, c.ConsigneeStreet, c.ConsigneeCity, c.ConsigneePostCode, c.ConsigneeCountry, PartyRoles.Consignee),
        IsTranshipment = LegacyValues.Code(c.Tranship) switch
        {
            "Y" => true,
            "N" => false,
            var other => throw new UnmappableException($"{where}: CNI {c.SeqNo} TRANSHIP_FLAG '{other}' is not Y or N"),
        },
        Licences = Split(c.Licences),
        GoodsItems = detail.GoodsItems[(c.VersionNo, c.SeqNo)]
            .Select(g => ItemOf(g, detail, $"{where}: CNI {c.SeqNo} GID {g.ItemNo}")).ToEquatableList(),
    };

    private static Party PartyOf(string? name, string? street, string? city, string? postCode, string? country, string role) => new()
    {
        Name = name ?? string.Empty,
        Address = street,
        City = city,
        PostCode = postCode,
        Country = LegacyValues.Code(country),
        Roles = EquatableList.Of(role),
    };

    private static GoodsItem ItemOf(EmanGoodsItemRow g, EmanDetail detail, string where) => new()
    {
        Sequence = g.ItemNo,
        Description = LegacyValues.Required(g.Description, $"{where} DESCRIPTION"),
        HsCode = LegacyValues.Code(g.HsCode),
        Packages = LegacyValues.Whole(g.Packages, $"{where} PACKAGES"),
        PackageCode = LegacyValues.Code(g.PackageCode),
        GrossWeightKg = LegacyValues.Number(g.GrossKg, $"{where} GROSS_KG"),
        VolumeM3 = LegacyValues.OptionalNumber(g.GrossM3, $"{where} GROSS_M3"),
        Marks = g.Marks,
        Placements = detail.Placements[(g.VersionNo, g.SeqNo, g.ItemNo)]
            .Select(p => new GoodsPlacement(
                LegacyValues.Code(p.ContainerNo) ?? throw new UnmappableException($"{where} SGP {p.PlacementNo} CONTAINER_NO is missing"),
                LegacyValues.Whole(p.Packages, $"{where} SGP {p.PlacementNo} PACKAGES")))
            .ToEquatableList(),
    };

    private static EquatableList<string> Split(string? list) =>
        list is null ? EquatableList<string>.Empty : list.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToEquatableList();
}
