using System.Buffers;
using System.Text;
using System.Text.Json;
using Strangler.Core.Model.Air;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Road;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Store.Documents;

/// <summary>
/// Writes a document's stored JSON by hand, byte for byte what the reflection serializer of <see cref="DocumentJson"/>
/// writes (<c>$type</c> first, then each type's properties in declaration order, camelCase, enums by name, nulls
/// written, the default encoder's escaping), without reflection or a converter per list. The test project holds the
/// two equal over generated documents of every type.
/// </summary>
internal static class DocumentJsonWriter
{
    // A buffer that grew past this is not kept for the thread's next document.
    private const int MaxKeptBytes = 1 << 20;

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? cached;

    public static string Write(CanonicalDocument document)
    {
        var (buffer, writer) = cached ?? NewWriter();
        cached = null;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        Document(writer, document);
        writer.Flush();
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity <= MaxKeptBytes)
        {
            cached = (buffer, writer);
        }

        return json;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }));
    }

    private static void Document(Utf8JsonWriter w, CanonicalDocument document)
    {
        w.WriteStartObject();
        switch (document)
        {
            case Declaration d: Declaration(w, d); break;
            case Manifest m: Manifest(w, m); break;
            case CargoReport r: CargoReport(w, r); break;
            case RoadLodgement l: RoadLodgement(w, l); break;
            case Bundle b: Bundle(w, b); break;
            case AirWaybillStatus s: AirWaybillStatus(w, s); break;
            default: throw new NotSupportedException($"No stored JSON for {document.GetType().Name}.");
        }

        w.WriteEndObject();
    }

    private static void Declaration(Utf8JsonWriter w, Declaration d)
    {
        w.WriteString("$type"u8, "Declaration"u8);
        w.Text("form"u8, d.Form);
        w.Text("lrn"u8, d.Lrn);
        w.Text("tdecNumber"u8, d.TdecNumber);
        w.Code("direction"u8, d.Direction);
        w.WriteBoolean("preShipment"u8, d.PreShipment);
        w.Date("documentDate"u8, d.DocumentDate);
        w.Date("importExportDate"u8, d.ImportExportDate);
        w.Object("declarant"u8, d.Declarant, Party);
        w.Object("trader"u8, d.Trader, Party);
        w.Object("trip"u8, d.Trip, Trip);
        w.Text("consignmentCountry"u8, d.ConsignmentCountry);
        w.List("transportDocuments"u8, d.TransportDocuments, Document);
        w.List("items"u8, d.Items, GoodsItem);
        w.List("charges"u8, d.Charges, static (w, c) =>
        {
            w.Code("kind"u8, c.Kind);
            w.WriteNumber("amountHkd"u8, c.AmountHkd);
        });
    }

    private static void Manifest(Utf8JsonWriter w, Manifest m)
    {
        w.WriteString("$type"u8, "Manifest"u8);
        w.Text("documentNumber"u8, m.DocumentNumber);
        w.Time("documentTime"u8, m.DocumentTime);
        w.Code("statement"u8, m.Statement);
        w.Object("carrier"u8, m.Carrier, Party);
        w.Object("trip"u8, m.Trip, Trip);
        w.Text("replacesReference"u8, m.ReplacesReference);
        w.List("containers"u8, m.Containers, Container);
        w.List("consignments"u8, m.Consignments, Consignment);
    }

    private static void CargoReport(Utf8JsonWriter w, CargoReport r)
    {
        w.WriteString("$type"u8, "CargoReport"u8);
        w.Code("kind"u8, r.Kind);
        w.Object("trip"u8, r.Trip, Trip);
        w.List("consignments"u8, r.Consignments, Consignment);
        w.List("devices"u8, r.Devices, Container);
        if (r.PartNumber is { } part)
        {
            w.WriteNumber("partNumber"u8, part);
        }
        else
        {
            w.WriteNull("partNumber"u8);
        }

        w.WriteBoolean("isLastPart"u8, r.IsLastPart);
    }

    private static void RoadLodgement(Utf8JsonWriter w, RoadLodgement l)
    {
        w.WriteString("$type"u8, "RoadLodgement"u8);
        w.Code("direction"u8, l.Direction);
        w.Text("controlPoint"u8, l.ControlPoint);
        w.WriteString("expectedCrossing"u8, l.ExpectedCrossing);
        w.Object("shipper"u8, l.Shipper, Party);
        w.Object("consignment"u8, l.Consignment, Consignment);
        w.Text("source"u8, l.Source);
    }

    private static void Bundle(Utf8JsonWriter w, Bundle b)
    {
        w.WriteString("$type"u8, "Bundle"u8);
        w.Text("vrn"u8, b.Vrn);
        w.Code("direction"u8, b.Direction);
        w.Text("controlPoint"u8, b.ControlPoint);
        w.WriteString("expectedArrival"u8, b.ExpectedArrival);
        w.Texts("ccrns"u8, b.Ccrns);
    }

    private static void AirWaybillStatus(Utf8JsonWriter w, AirWaybillStatus s)
    {
        w.WriteString("$type"u8, "AirWaybillStatus"u8);
        w.Text("airWaybillNumber"u8, s.AirWaybillNumber);
        w.List("history"u8, s.History, static (w, e) =>
        {
            w.Text("code"u8, e.Code);
            w.WriteString("at"u8, e.At);
        });
        w.Text("currentCode"u8, s.CurrentCode); // a computed property, which the reflection serializer writes too
    }

    private static void Party(Utf8JsonWriter w, Party p)
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

    private static void Trip(Utf8JsonWriter w, Trip t)
    {
        w.Object("conveyance"u8, t.Conveyance, static (w, c) =>
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

    private static void Document(Utf8JsonWriter w, TransportDocument d)
    {
        w.Code("kind"u8, d.Kind);
        w.Text("number"u8, d.Number);
        w.Text("masterNumber"u8, d.MasterNumber);
        w.WriteBoolean("isHouse"u8, d.IsHouse); // computed, written by the reflection serializer too
    }

    private static void Container(Utf8JsonWriter w, Container c)
    {
        w.Text("number"u8, c.Number);
        w.Text("sizeType"u8, c.SizeType);
        w.WriteBoolean("isFull"u8, c.IsFull);
        w.Texts("seals"u8, c.Seals);
    }

    private static void Consignment(Utf8JsonWriter w, Consignment c)
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
        w.WriteBoolean("isTranshipment"u8, c.IsTranshipment);
        w.Texts("licences"u8, c.Licences);
        w.List("goodsItems"u8, c.GoodsItems, GoodsItem);
    }

    private static void GoodsItem(Utf8JsonWriter w, GoodsItem g)
    {
        w.WriteNumber("sequence"u8, g.Sequence);
        w.Text("description"u8, g.Description);
        w.Text("hsCode"u8, g.HsCode);
        w.Number("packages"u8, g.Packages);
        w.Text("packageCode"u8, g.PackageCode);
        w.Object("quantity"u8, g.Quantity, static (w, q) =>
        {
            w.WriteNumber("amount"u8, q.Amount);
            w.Text("unit"u8, q.Unit);
        });
        w.Number("grossWeightKg"u8, g.GrossWeightKg);
        w.Number("volumeM3"u8, g.VolumeM3);
        w.Number("valueHkd"u8, g.ValueHkd);
        w.Text("originCountry"u8, g.OriginCountry);
        w.Text("marks"u8, g.Marks);
        w.List("placements"u8, g.Placements, static (w, p) =>
        {
            w.Text("containerNumber"u8, p.ContainerNumber);
            w.Number("packages"u8, p.Packages);
        });
    }
}
