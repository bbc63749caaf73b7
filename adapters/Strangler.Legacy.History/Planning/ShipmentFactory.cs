using Bogus;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.Parties;
using Strangler.Legacy.History.World;

namespace Strangler.Legacy.History.Planning;

/// <summary>Draws a consignment's parties, goods, GETS form and LRN; the mode planners add where it travels.</summary>
internal static class ShipmentFactory
{
    public static Shipment Create(
        PlanningContext context, Randomizer random, CutoverUnit unit, bool import, DateTimeOffset eventAt, bool mainland,
        Trip? trip = null, string? transportDocument = null, string? aciKey = null,
        Func<IReadOnlyList<GoodsLine>, IReadOnlyList<string>>? containers = null,
        Func<IReadOnlyList<GoodsLine>, IReadOnlyList<HouseShipment>>? houses = null)
    {
        var parties = context.Parties;
        var trader = parties.Traders[random.Skewed(parties.Traders.Count)];
        var counterparts = mainland && parties.Mainland.Count > 0 ? parties.Mainland : parties.Overseas;
        var counterpart = counterparts[random.Skewed(counterparts.Count)];
        var goods = GoodsFactory.Lines(random, unit, import, counterpart.Country);
        return new Shipment
        {
            Number = context.Numbers.Next("shipment"),
            Unit = unit,
            IsImport = import,
            Trader = trader,
            Counterpart = counterpart,
            EventAt = eventAt,
            Goods = goods,
            TransportDocument = transportDocument,
            Lrn = context.Numbers.Lrn(import),
            GetsForm = GoodsFactory.Form(random, import, goods),
            Trip = trip,
            AciKey = aciKey,
            Containers = containers?.Invoke(goods) ?? [],
            Houses = houses?.Invoke(goods) ?? [],
        };
    }
}
