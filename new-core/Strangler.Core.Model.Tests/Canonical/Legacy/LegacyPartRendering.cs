using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Tests.Canonical.Legacy;

// A verbatim reference copy of the rendering before issue 7 (only renamed): the new rendering must give the same bytes.

/// <summary>The canonical field order of the parts documents share.</summary>
internal static class LegacyPartRendering
{
    public static void Party(LegacyCanonicalWriter w, Party p)
    {
        w.Text("name", p.Name);
        w.Text("address", p.Address);
        w.Text("city", p.City);
        w.Text("postCode", p.PostCode);
        w.Text("country", p.Country);
        w.Text("brNumber", p.BrNumber);
        w.Text("identifier", p.Identifier);
        w.Texts("roles", p.Roles);
    }

    public static void Trip(LegacyCanonicalWriter w, Trip t)
    {
        w.Object("conveyance", t.Conveyance, (w, c) =>
        {
            w.Code("mode", c.Mode);
            w.Text("id", c.Id);
            w.Text("name", c.Name);
        });
        w.Text("journeyId", t.JourneyId);
        w.Text("carrierCode", t.CarrierCode);
        w.Code("direction", t.Direction);
        w.Text("placeOfLoading", t.PlaceOfLoading);
        w.Text("placeOfDischarge", t.PlaceOfDischarge);
        w.Time("eventTime", t.EventTime);
        w.Date("date", t.Date);
    }

    public static void Document(LegacyCanonicalWriter w, TransportDocument d)
    {
        w.Code("kind", d.Kind);
        w.Text("number", d.Number);
        w.Text("masterNumber", d.MasterNumber);
    }

    public static void Container(LegacyCanonicalWriter w, Container c)
    {
        w.Text("number", c.Number);
        w.Text("sizeType", c.SizeType);
        w.Flag("isFull", c.IsFull);
        w.Texts("seals", c.Seals);
    }

    public static void Consignment(LegacyCanonicalWriter w, Consignment c)
    {
        w.Object("document", c.Document, Document);
        w.Object("consignor", c.Consignor, Party);
        w.Object("consignee", c.Consignee, Party);
        w.Text("placeOfLoading", c.PlaceOfLoading);
        w.Text("placeOfDischarge", c.PlaceOfDischarge);
        w.Number("packages", c.Packages);
        w.Text("packagesDescription", c.PackagesDescription);
        w.Number("grossWeightKg", c.GrossWeightKg);
        w.Number("volumeM3", c.VolumeM3);
        w.Flag("isTranshipment", c.IsTranshipment);
        w.Texts("licences", c.Licences);
        w.List("goodsItems", c.GoodsItems, GoodsItem);
    }

    public static void GoodsItem(LegacyCanonicalWriter w, GoodsItem g)
    {
        w.Number("sequence", g.Sequence);
        w.Text("description", g.Description);
        w.Text("hsCode", g.HsCode);
        w.Number("packages", g.Packages);
        w.Text("packageCode", g.PackageCode);
        w.Object("quantity", g.Quantity, (w, q) =>
        {
            w.Number("amount", q.Amount);
            w.Text("unit", q.Unit);
        });
        w.Number("grossWeightKg", g.GrossWeightKg);
        w.Number("volumeM3", g.VolumeM3);
        w.Number("valueHkd", g.ValueHkd);
        w.Text("originCountry", g.OriginCountry);
        w.Text("marks", g.Marks);
        w.List("placements", g.Placements, (w, p) =>
        {
            w.Text("containerNumber", p.ContainerNumber);
            w.Number("packages", p.Packages);
        });
    }
}
