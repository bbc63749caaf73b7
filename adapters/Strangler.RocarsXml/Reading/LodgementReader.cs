using System.Xml.Linq;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Numbers;
using Strangler.RocarsXml.Documents;

namespace Strangler.RocarsXml.Reading;

/// <summary>Reads the cargo content shared by AciSubmission and AciRecord, from Direction to Articles.</summary>
internal static class LodgementReader
{
    public const int NameMaxLength = 70;
    public const int PackagesDescriptionMaxLength = 35;
    public const int ArticleDescriptionMaxLength = 280;
    public const int MaxArticles = 99;

    public static readonly string[] Names =
        ["Direction", "ControlPoint", "ExpectedCrossing", "Shipper", "Consignor", "Consignee", "Packages", "Articles"];

    private static readonly Party NoParty = new(string.Empty, string.Empty);

    /// <summary>The lodgement, or null after a layout failure (recorded in the cursor's scan).</summary>
    public static Lodgement? Read(ElementCursor c)
    {
        var direction = c.RequiredCode<CrossingDirection>("Direction");
        var controlPoint = c.RequiredText("ControlPoint");
        var crossing = c.RequiredDateTime("ExpectedCrossing");
        var shipper = ReadParty(c, "Shipper");
        var consignor = ReadParty(c, "Consignor");
        var consignee = ReadParty(c, "Consignee");
        var packages = ReadPackages(c);
        var articles = ReadArticles(c);
        return c.Scan.Failed
            ? null
            : new Lodgement(direction, controlPoint, crossing, shipper, consignor, consignee, packages, articles);
    }

    private static Party ReadParty(ElementCursor c, string name)
    {
        if (c.Required(name) is not { } element)
        {
            return NoParty;
        }

        var inner = new ElementCursor(c.Scan, element, "Name", "Address");
        var party = new Party(inner.RequiredText("Name", NameMaxLength), inner.RequiredText("Address", NameMaxLength));
        inner.End();
        return party;
    }

    private static Packages ReadPackages(ElementCursor c)
    {
        if (c.Required("Packages") is not { } element)
        {
            return new Packages(0, string.Empty);
        }

        var inner = new ElementCursor(c.Scan, element, "Count", "Description");
        var packages = new Packages(inner.RequiredCount("Count", long.MaxValue), inner.RequiredText("Description", PackagesDescriptionMaxLength));
        inner.End();
        return packages;
    }

    private static EquatableList<Article> ReadArticles(ElementCursor c)
    {
        if (c.Required("Articles") is not { } element)
        {
            return EquatableList<Article>.Empty;
        }

        return new ElementCursor(c.Scan, element, "Article").Repeated("Article", MaxArticles, e => ReadArticle(c.Scan, e));
    }

    private static Article ReadArticle(LayoutScan scan, XElement element)
    {
        var c = new ElementCursor(scan, element, "Description", "HsCode", "GrossWeightKg", "ValueHkd");
        var description = c.RequiredText("Description", ArticleDescriptionMaxLength);
        var hsCode = c.OptionalRaw("HsCode");
        var weight = c.OptionalRaw("GrossWeightKg");
        var value = c.OptionalRaw("ValueHkd");
        c.End();

        // HsCode, weight and value failing their rule, whatever their content, are R013 only.
        if (hsCode is { } h && !(h.Text.Length == 8 && CodeFormat.AllDigits(h.Text)))
        {
            scan.ValueError(RocarsErrors.R013, h.Element, "HsCode");
        }

        decimal? kg = null;
        if (weight is { } w)
        {
            if (ContractNumber.TryParsePositive(w.Text, '.', 3, out var parsed))
            {
                kg = parsed;
            }
            else
            {
                scan.ValueError(RocarsErrors.R013, w.Element, "GrossWeightKg");
            }
        }

        decimal? hkd = null;
        if (value is { } v)
        {
            if (ContractNumber.TryParsePositive(v.Text, '.', 2, out var parsed))
            {
                hkd = parsed;
            }
            else
            {
                scan.ValueError(RocarsErrors.R013, v.Element, "ValueHkd");
            }
        }

        return new Article(description, hsCode?.Text, kg, hkd);
    }
}
