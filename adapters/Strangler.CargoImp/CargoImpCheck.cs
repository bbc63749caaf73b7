using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Checking;

namespace Strangler.CargoImp;

/// <summary>
/// The stateless contract check of one ACCS body for the <c>strangler message check</c> command and
/// tests: message type, a readable summary, and the first failure (the only one ACCS answers).
/// </summary>
public static class CargoImpCheck
{
    public const string Syntax = "Cargo-IMP";

    public static MessageCheck Check(ReadOnlyMemory<byte> body, CheckContext context)
    {
        var result = CargoImpDecoder.Decode(body, context);
        var type = result.Type?.Identifier() ?? "unknown";
        IReadOnlyList<string> summary = result.Message switch
        {
            FwbMessage fwb => Summarise(fwb),
            FhlMessage fhl => Summarise(fhl),
            FfmMessage ffm => Summarise(ffm),
            _ => [],
        };
        return new MessageCheck(Syntax, type, summary, result.Error is null ? [] : [result.Error]);
    }

    private static List<string> Summarise(FwbMessage m)
    {
        var lines = new List<string>
        {
            $"air waybill {Describe(m.Waybill)} ({Name(m.Classification)})",
            $"flight {m.Flight.Designator} on day {m.Flight.Day:D2}" + (m.Routing is { } r ? $", routing {r.Airport} {r.Carrier}" : ""),
            $"shipper {m.Shipper.Name}, {m.Shipper.Country}",
            $"consignee {m.Consignee.Name}, {m.Consignee.Country}",
            $"goods {m.NatureOfGoods}" + (m.HtsCodes.Count > 0 ? $", HTS {string.Join(" ", m.HtsCodes)}" : ""),
        };
        if (m.Charges is { } c)
        {
            lines.Add($"values {c.Currency} {c.ChargeCode} carriage {c.CarriageValue} customs {c.CustomsValue} insurance {c.Insurance}");
        }

        return lines;
    }

    private static List<string> Summarise(FhlMessage m)
    {
        var lines = new List<string> { $"master {Describe(m.Master)}" };
        lines.AddRange(m.Houses.Select(h =>
            $"house {h.Number} {h.Origin}-{h.Destination} {h.Pieces} pieces {h.WeightText} kg {h.NatureOfGoods}"));
        lines.Add($"{m.Houses.Count} houses, {m.HousePieces} pieces, {m.HouseWeight} kg");
        return lines;
    }

    private static List<string> Summarise(FfmMessage m)
    {
        var lines = new List<string>
        {
            $"flight {m.Flight.Designator} {m.Flight.Date:yyyy-MM-dd} from {m.Flight.DepartureAirport}, " +
            $"aircraft {m.Registration}, part {m.PartNumber} ({(m.IsLastPart ? "LAST" : "CONT")})",
        };
        lines.AddRange(m.Waybills.Select(w =>
            $"unloading {w.UnloadingAirport}{(w.UldId is null ? " bulk" : " ULD " + w.UldId)}: {Describe(w.Line)} ({Name(w.Classification)})"));
        return lines;
    }

    private static string Describe(AirWaybillLine l)
    {
        var pieces = l.Kind == ShipmentKind.Total ? $"{l.Pieces} pieces" : $"{l.Pieces} of {l.TotalPieces} pieces ({l.Kind.ToString().ToLowerInvariant()})";
        return $"{l.Number} {l.Origin}-{l.Destination} {pieces} {l.WeightText} kg" +
               (l.VolumeText is null ? "" : $" {l.VolumeText} m3") + (l.Goods is null ? "" : $" {l.Goods}");
    }

    private static string Name(CargoClassification c) => c.ToString().ToLowerInvariant();
}
