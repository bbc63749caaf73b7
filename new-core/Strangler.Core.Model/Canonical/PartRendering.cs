using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Canonical;

/// <summary>The canonical field order of the parts documents share.</summary>
internal static class PartRendering
{
    public static void Party(CanonicalWriter w, Party p)
    {
        w.Text("name"u8, p.Name);
        w.Text("address"u8, p.Address);
        w.Text("city"u8, p.City);
        w.Text("postCode"u8, p.PostCode);
        w.Text("country"u8, p.Country);
        w.Text("brNumber"u8, p.BrNumber);
        w.Text("identifier"u8, p.Identifier);
        w.Texts("roles"u8, p.Roles);
    }

    public static void Trip(CanonicalWriter w, Trip t)
    {
        w.Object("conveyance"u8, t.Conveyance, (w, c) =>
        {
            w.Code("mode"u8, c.Mode);
            w.Text("id"u8, c.Id);
            w.Text("name"u8, c.Name);
        });
        w.Text("journeyId"u8, t.JourneyId);
        w.Text("carrierCode"u8, t.CarrierCode);
        w.Code("direction"u8, t.Direction);
        w.Text("placeOfLoading"u8, t.PlaceOfLoading);
        w.Text("placeOfDischarge"u8, t.PlaceOfDischarge);
        w.Time("eventTime"u8, t.EventTime);
        w.Date("date"u8, t.Date);
    }

    public static void Document(CanonicalWriter w, TransportDocument d)
    {
        w.Code("kind"u8, d.Kind);
        w.Text("number"u8, d.Number);
        w.Text("masterNumber"u8, d.MasterNumber);
    }

    public static void Container(CanonicalWriter w, Container c)
    {
        w.Text("number"u8, c.Number);
        w.Text("sizeType"u8, c.SizeType);
        w.Flag("isFull"u8, c.IsFull);
        w.Texts("seals"u8, c.Seals);
    }

    public static void Consignment(CanonicalWriter w, Consignment c)
    {
        w.Object("document"u8, c.Document, Document);
        w.Object("consignor"u8, c.Consignor, Party);
        w.Object("consignee"u8, c.Consignee, Party);
        w.Text("placeOfLoading"u8, c.PlaceOfLoading);
        w.Text("placeOfDischarge"u8, c.PlaceOfDischarge);
        w.Number("packages"u8, c.Packages);
        w.Text("packagesDescription"u8, c.PackagesDescription);
        w.Number("grossWeightKg"u8, c.GrossWeightKg);
        w.Number("volumeM3"u8, c.VolumeM3);
        w.Flag("isTranshipment"u8, c.IsTranshipment);
        w.Texts("licences"u8, c.Licences);
        w.List("goodsItems"u8, c.GoodsItems, GoodsItem);
    }

    public static void GoodsItem(CanonicalWriter w, GoodsItem g)
    {
        w.Number("sequence"u8, g.Sequence);
        w.Text("description"u8, g.Description);
        w.Text("hsCode"u8, g.HsCode);
        w.Number("packages"u8, g.Packages);
        w.Text("packageCode"u8, g.PackageCode);
        w.Object("quantity"u8, g.Quantity, (w, q) =>
        {
            w.Number("amount"u8, q.Amount);
            w.Text("unit"u8, q.Unit);
        });
        w.Number("grossWeightKg"u8, g.GrossWeightKg);
        w.Number("volumeM3"u8, g.VolumeM3);
        w.Number("valueHkd"u8, g.ValueHkd);
        w.Text("originCountry"u8, g.OriginCountry);
        w.Text("marks"u8, g.Marks);
        w.List("placements"u8, g.Placements, (w, p) =>
        {
            w.Text("containerNumber"u8, p.ContainerNumber);
            w.Number("packages"u8, p.Packages);
        });
    }
}
