using Strangler.Contracts.Collections;
using Strangler.Legacy.History.Parties;
using Strangler.Legacy.History.World;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;
using RocarsParty = Strangler.RocarsXml.Documents.Party;

namespace Strangler.Legacy.History.Traffic;

/// <summary>Builds the ROCARS documents of a road shipment and of a truck (rocars.md).</summary>
internal static class RocarsDocuments
{
    /// <summary>A description on the closed vague list, for the ACIs meant to be refused with <c>R012</c>.</summary>
    public const string VagueDescription = "SAID TO CONTAIN";

    public static AciSubmission Aci(
        Shipment s, AciFunction function, bool ssdd, string messageId, string lodgingName, string lodgingAddress, bool vague, bool amended)
    {
        var source = ssdd ? RocarsRequests.SsddSource : null;
        if (function == AciFunction.Cancel)
        {
            return new AciSubmission(messageId, function, s.Ccrn, source, null);
        }

        var truck = s.Truck!;
        var trader = new RocarsParty(s.Trader.Name, $"{s.Trader.Street}, {s.Trader.District}, HONG KONG");
        var counterpart = new RocarsParty(s.Counterpart.Name, $"{s.Counterpart.Street}, {s.Counterpart.City}, {s.Counterpart.Country}");
        var articles = s.Goods.Select((g, i) => new Article(
            vague && i == 0 ? VagueDescription : g.Commodity.Description,
            g.Commodity.Hkhs,
            Math.Round(g.GrossKg + (amended && i == 0 ? 25m : 0m), 3),
            g.ValueHkd)).ToEquatableList();
        var lodgement = new Lodgement(
            truck.Direction,
            truck.ControlPoint,
            truck.CrossingAt,
            new RocarsParty(PartyText.Clean(lodgingName, 70), PartyText.Clean(lodgingAddress, 70)),
            s.IsImport ? counterpart : trader,
            s.IsImport ? trader : counterpart,
            new Packages(s.Packages, PackageDescription(s)),
            articles);
        return new AciSubmission(messageId, function, function == AciFunction.Original ? null : s.Ccrn, source, lodgement);
    }

    public static BundleSubmission Bundle(Truck truck, string messageId, IEnumerable<string> ccrns) =>
        new(messageId, truck.Vrn, truck.Direction, truck.ControlPoint, truck.CrossingAt, ccrns.ToEquatableList());

    private static string PackageDescription(Shipment s) => s.Goods[0].Commodity.PackageCode switch
    {
        "PK" => "PALLETS",
        "BG" => "BAGS",
        "BX" => "BOXES",
        "CS" => "CASES",
        "BL" => "BALES",
        _ => "CARTONS",
    };
}
