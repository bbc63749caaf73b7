using Strangler.CargoImp;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Mapping;
using Strangler.Migration.Legacy.Rocars;

namespace Strangler.Migration.Legacy.Accs;

/// <summary>
/// An accepted FWB, FHL or FFM part as the core stores it: one document under the ACCS receipt, one version. The rows
/// are rebuilt into the message the Cargo-IMP codec would have decoded and mapped by the core's own
/// <see cref="AirCargoMapper"/>, so the canonical values are the core's by construction.
/// </summary>
internal static class CargoReportMapping
{
    public static LegacyRead Fwb(FwbRow row)
    {
        var receipt = StoredValue.Code(row.ReceiptNo) ?? "";
        var key = $"ACC_FWB {receipt} (FWB_ID {row.FwbId}, {StoredValue.Code(row.AwbNo)})";
        if (StoredValue.Time(row.ReceivedAt) is not { } receivedAt)
        {
            return Quarantine(key, null, $"RECEIVED_AT '{row.ReceivedAt}' is not a time.");
        }

        if (!AirWaybillLine.TryParse(row.WaybillLine ?? "", out var line))
        {
            return Quarantine(key, receivedAt, $"WAYBILL_LINE '{row.WaybillLine}' is not an air waybill line.");
        }

        if (StoredValue.Whole(row.FltDay) is not { } day || day is < 0 or > 99)
        {
            return Quarantine(key, receivedAt, $"FLT_DAY '{row.FltDay}' is not a day.");
        }

        var fwb = new FwbMessage(
            line!,
            new FwbFlight(StoredValue.Code(row.FltCarrier) ?? "", row.FltNumber ?? "", (int)day),
            row.RtgAirport is null ? null : new FwbRouting(StoredValue.Code(row.RtgAirport)!, StoredValue.Code(row.RtgCarrier) ?? ""),
            new FwbParty(row.ShpName ?? "", row.ShpAddress ?? "", row.ShpPlace ?? "", StoredValue.Code(row.ShpCountry) ?? "", row.ShpPostCode),
            new FwbParty(row.CneName ?? "", row.CneAddress ?? "", row.CnePlace ?? "", StoredValue.Code(row.CneCountry) ?? "", row.CnePostCode),
            row.CvdCurrency is null
                ? null
                : new ChargeDeclarations(StoredValue.Code(row.CvdCurrency)!, StoredValue.Code(row.CvdChargeCode) ?? "", row.CvdCarriage ?? "",
                    row.CvdCustoms ?? "", row.CvdInsurance ?? ""),
            row.NatureOfGoods ?? "",
            Split(row.HtsCodes, ' '));
        return Mapped(receipt, receivedAt, row.ClientKey, AirCargoMapper.Map(fwb, receivedAt));
    }

    public static LegacyRead Fhl(FhlRow row, IReadOnlyList<FhlHouseRow> houses)
    {
        var receipt = StoredValue.Code(row.ReceiptNo) ?? "";
        var key = $"ACC_FHL {receipt} (FHL_ID {row.FhlId}, {StoredValue.Code(row.AwbNo)})";
        if (StoredValue.Time(row.ReceivedAt) is not { } receivedAt)
        {
            return Quarantine(key, null, $"RECEIVED_AT '{row.ReceivedAt}' is not a time.");
        }

        if (!AirWaybillLine.TryParse(row.MasterLine ?? "", out var master))
        {
            return Quarantine(key, receivedAt, $"MASTER_LINE '{row.MasterLine}' is not an air waybill line.");
        }

        if (houses.Count != row.HouseCount || houses.Where((h, i) => h.SeqNo != i + 1).Any())
        {
            return Quarantine(key, receivedAt, $"HOUSE_COUNT is {row.HouseCount} but ACC_FHL_HOUSE holds {houses.Count} rows numbered {string.Join(",", houses.Select(h => h.SeqNo))}.");
        }

        var fhl = new FhlMessage(master!, houses.Select(h => new HouseWaybill(
            h.HouseNo, StoredValue.Code(h.Origin) ?? "", StoredValue.Code(h.Destination) ?? "", h.Pieces, h.WeightKg ?? "", h.Slac,
            h.NatureOfGoods ?? "", Split(h.TxtLines, '|'), Split(h.HtsCodes, ' '))).ToEquatableList());
        return Mapped(receipt, receivedAt, row.ClientKey, AirCargoMapper.Map(fhl));
    }

    public static LegacyRead Ffm(FfmPartRow row, IReadOnlyList<FfmWaybillRow> lines)
    {
        var receipt = StoredValue.Code(row.ReceiptNo) ?? "";
        var key = $"ACC_FFM_PART {receipt} (PART_ID {row.PartId})";
        if (StoredValue.Time(row.ReceivedAt) is not { } receivedAt)
        {
            return Quarantine(key, null, $"RECEIVED_AT '{row.ReceivedAt}' is not a time.");
        }

        if (row.Carrier is null || StoredValue.Time(row.FlightDate) is not { } flightDate)
        {
            return Quarantine(key, receivedAt, $"its flight (FLIGHT_ID {row.FlightId}) has no readable ACC_FLIGHT row.");
        }

        if (StoredValue.Code(row.LastPart) is not ("Y" or "N"))
        {
            return Quarantine(key, receivedAt, $"LAST_PART '{row.LastPart}' is not Y or N.");
        }

        var points = new List<(string Airport, List<AirWaybillLine> Bulk, List<(string Id, List<AirWaybillLine> Lines)> Devices)>();
        foreach (var w in lines)
        {
            if (!AirWaybillLine.TryParse(w.WaybillLine ?? "", out var line))
            {
                return Quarantine(key, receivedAt, $"ACC_FFM_WAYBILL {w.SeqNo}: WAYBILL_LINE '{w.WaybillLine}' is not an air waybill line.");
            }

            if (StoredValue.Code(w.Classification) is not ("I" or "E" or "T"))
            {
                return Quarantine(key, receivedAt, $"ACC_FFM_WAYBILL {w.SeqNo}: CLASSIFICATION '{w.Classification}' is not I, E or T.");
            }

            // The lines were stored in the message's order: per unloading point its bulk lines, then each ULD's lines.
            var airport = StoredValue.Code(w.UnloadingAirport) ?? "";
            var uld = w.UldId;
            if (points.Count == 0 || points[^1].Airport != airport || (uld is null && points[^1].Devices.Count > 0))
            {
                points.Add((airport, [], []));
            }

            var point = points[^1];
            if (uld is null)
            {
                point.Bulk.Add(line!);
            }
            else if (point.Devices.Count > 0 && point.Devices[^1].Id == uld)
            {
                point.Devices[^1].Lines.Add(line!);
            }
            else
            {
                point.Devices.Add((uld, [line!]));
            }
        }

        var ffm = new FfmMessage(
            row.PartNo,
            new FlightIdentity(StoredValue.Code(row.Carrier)!, row.FlightNo ?? "", DateOnly.FromDateTime(flightDate.DateTime), StoredValue.Code(row.DepAirport) ?? ""),
            row.Registration ?? "",
            points.Select(p => new UnloadingPoint(
                p.Airport, p.Bulk.ToEquatableList(),
                p.Devices.Select(d => new UnitLoadDevice(d.Id, d.Lines.ToEquatableList())).ToEquatableList())).ToEquatableList(),
            StoredValue.Code(row.LastPart) == "Y");
        return Mapped(receipt, receivedAt, row.ClientKey, AirCargoMapper.Map(ffm));
    }

    private static EquatableList<string> Split(string? joined, char separator) =>
        joined is null ? EquatableList<string>.Empty : joined.Split(separator).ToEquatableList();

    private static LegacyRead Mapped(string receipt, DateTimeOffset receivedAt, string clientKey, CargoReport report) =>
        LegacyRead.Mapped(new LegacyDocument(receipt, nameof(CargoReport), TransportMode.Air, HongKongTime.Date(receivedAt),
        [
            new DocumentVersion
            {
                Number = 1,
                Function = DocumentFunction.Original,
                ReceivedAt = receivedAt,
                IssuedReference = receipt,
                Source = SourceInterface.Accs,
                ClientKey = clientKey,
                Document = report,
            },
        ]));

    private static LegacyRead Quarantine(string key, DateTimeOffset? receivedAt, string reason) =>
        LegacyRead.Quarantine(new QuarantinedRecord(
            SourceInterface.Accs, key, receivedAt is { } at ? HongKongTime.Date(at) : null, reason));
}
