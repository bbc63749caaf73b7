namespace Strangler.Migration.Legacy.Eman;

/// <summary>The detail rows of one manifest (all its versions), in key order, indexed by their parent's key.</summary>
internal sealed class EmanDetail(
    IReadOnlyList<EmanVersionRow> versions,
    IEnumerable<EmanEquipmentRow> equipment,
    IEnumerable<EmanConsignmentRow> consignments,
    IEnumerable<EmanGoodsItemRow> goodsItems,
    IEnumerable<EmanPlacementRow> placements)
{
    public IReadOnlyList<EmanVersionRow> Versions { get; } = versions;

    public ILookup<int, EmanEquipmentRow> Equipment { get; } = equipment.ToLookup(e => e.VersionNo);

    public ILookup<int, EmanConsignmentRow> Consignments { get; } = consignments.ToLookup(c => c.VersionNo);

    public ILookup<(int Version, int Cni), EmanGoodsItemRow> GoodsItems { get; } = goodsItems.ToLookup(g => (g.VersionNo, g.SeqNo));

    public ILookup<(int Version, int Cni, int Item), EmanPlacementRow> Placements { get; } =
        placements.ToLookup(p => (p.VersionNo, p.SeqNo, p.ItemNo));

    /// <summary>Why some detail row has no parent row (so it would be lost), or null when every one has.</summary>
    public string? Orphan()
    {
        if (Equipment.Select(g => g.Key).Concat(Consignments.Select(g => g.Key)).FirstOrDefault(n => n < 1 || n > Versions.Count) is var v and not 0)
        {
            return $"EMN_EQUIPMENT or EMN_CONSIGNMENT rows name version {v}, which EMN_MANIFEST_VERSION lacks";
        }

        var cnis = Consignments.SelectMany(g => g.Select(c => (c.VersionNo, c.SeqNo))).ToHashSet();
        if (GoodsItems.Select(g => g.Key).Where(k => !cnis.Contains(k)).Select(k => (Key: k, Found: true)).FirstOrDefault() is { Found: true } item)
        {
            return $"EMN_GOODS_ITEM rows name version {item.Key.Version} CNI {item.Key.Cni}, which EMN_CONSIGNMENT lacks";
        }

        var items = GoodsItems.SelectMany(g => g.Select(i => (i.VersionNo, i.SeqNo, i.ItemNo))).ToHashSet();
        return Placements.Select(g => g.Key).Where(k => !items.Contains(k)).Select(k => (Key: k, Found: true)).FirstOrDefault() is { Found: true } p
            ? $"EMN_PLACEMENT rows name version {p.Key.Version} CNI {p.Key.Cni} GID {p.Key.Item}, which EMN_GOODS_ITEM lacks"
            : null;
    }
}
