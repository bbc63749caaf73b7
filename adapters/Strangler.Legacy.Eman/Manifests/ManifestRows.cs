using Strangler.Contracts.Numbers;
using Strangler.Edifact.Cuscar;

namespace Strangler.Legacy.Eman.Manifests;

/// <summary>
/// An accepted manifest as the legacy store's detail rows: equipment, consignments, goods items and
/// container placements of one version. Numbers are converted from the interchange's decimal mark;
/// sequence and item numbers are stored as integers (they compare numerically).
/// </summary>
internal static class ManifestRows
{
    public static IEnumerable<object> Equipment(long manifestId, int versionNo, CuscarManifest m) =>
        m.Equipment.Select((e, i) => new
        {
            ManifestId = manifestId,
            VersionNo = versionNo,
            SeqNo = i + 1,
            e.ContainerNumber,
            e.SizeType,
            e.FullEmptyCode,
            Seals = e.Seals.Count == 0 ? null : string.Join(' ', e.Seals),
        });

    public static IEnumerable<object> Consignments(long manifestId, int versionNo, CuscarManifest m) =>
        m.Consignments.Select((c, i) => new
        {
            ManifestId = manifestId,
            VersionNo = versionNo,
            SeqNo = i + 1,
            DocumentNo = c.TransportDocumentNumber,
            MasterQualifier = c.MasterDocument?.Qualifier,
            MasterNo = c.MasterDocument?.Number,
            ConsignorName = c.Consignor.Name,
            ConsignorStreet = c.Consignor.Street,
            ConsignorCity = c.Consignor.City,
            ConsignorPostCode = c.Consignor.PostCode,
            ConsignorCountry = c.Consignor.Country,
            ConsigneeName = c.Consignee.Name,
            ConsigneeStreet = c.Consignee.Street,
            ConsigneeCity = c.Consignee.City,
            ConsigneePostCode = c.Consignee.PostCode,
            ConsigneeCountry = c.Consignee.Country,
            Tranship = c.IsTranshipment ? "Y" : "N",
            Licences = c.Licences.Count == 0 ? null : string.Join(' ', c.Licences),
        });

    public static IEnumerable<object> GoodsItems(long manifestId, int versionNo, CuscarManifest m) =>
        m.Consignments.SelectMany((c, ci) => c.GoodsItems.Select((g, gi) => new
        {
            ManifestId = manifestId,
            VersionNo = versionNo,
            SeqNo = ci + 1,
            ItemNo = gi + 1,
            Packages = Number(g.Packages, m.DecimalMark),
            g.PackageCode,
            g.Description,
            g.HsCode,
            GrossKg = Number(g.GrossWeight, m.DecimalMark),
            GrossM3 = g.GrossVolume is null ? (decimal?)null : Number(g.GrossVolume, m.DecimalMark),
            g.Marks,
        }));

    public static IEnumerable<object> Placements(long manifestId, int versionNo, CuscarManifest m) =>
        m.Consignments.SelectMany((c, ci) => c.GoodsItems.SelectMany((g, gi) => g.Placements.Select((p, pi) => new
        {
            ManifestId = manifestId,
            VersionNo = versionNo,
            SeqNo = ci + 1,
            ItemNo = gi + 1,
            PlacementNo = pi + 1,
            p.ContainerNumber,
            Packages = Number(p.Packages, m.DecimalMark),
        })));

    /// <summary>A number the rules already accepted; anything else here is a programming error.</summary>
    public static decimal Number(string raw, char decimalMark) =>
        ContractNumber.TryParse(raw, decimalMark, 3, out var value)
            ? value
            : throw new InvalidOperationException($"An accepted manifest holds an unreadable number '{raw}'.");
}
