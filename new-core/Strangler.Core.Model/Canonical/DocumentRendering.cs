using Strangler.Core.Model.Air;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;

namespace Strangler.Core.Model.Canonical;

/// <summary>The canonical field order of each document type; the first line names the type.</summary>
internal static class DocumentRendering
{
    public static void Write(CanonicalWriter w, CanonicalDocument document)
    {
        switch (document)
        {
            case Declaration d: Declaration(w, d); break;
            case Manifest m: Manifest(w, m); break;
            case CargoReport r: CargoReport(w, r); break;
            case RoadLodgement l: RoadLodgement(w, l); break;
            case Bundle b: Bundle(w, b); break;
            case AirWaybillStatus s: AirWaybillStatus(w, s); break;
            default: throw new ArgumentException($"No canonical form for {document.GetType().Name}.", nameof(document));
        }
    }

    private static void Declaration(CanonicalWriter w, Declaration d)
    {
        w.Text("type", "Declaration");
        w.Text("form", d.Form);
        w.Text("lrn", d.Lrn);
        w.Text("tdecNumber", d.TdecNumber);
        w.Code("direction", d.Direction);
        w.Flag("preShipment", d.PreShipment);
        w.Date("documentDate", d.DocumentDate);
        w.Date("importExportDate", d.ImportExportDate);
        w.Object("declarant", d.Declarant, PartRendering.Party);
        w.Object("trader", d.Trader, PartRendering.Party);
        w.Object("trip", d.Trip, PartRendering.Trip);
        w.Text("consignmentCountry", d.ConsignmentCountry);
        w.List("transportDocuments", d.TransportDocuments, PartRendering.Document);
        w.List("items", d.Items, PartRendering.GoodsItem);
        w.List("charges", d.Charges, (w, c) =>
        {
            w.Code("kind", c.Kind);
            w.Number("amountHkd", c.AmountHkd);
        });
    }

    private static void Manifest(CanonicalWriter w, Manifest m)
    {
        w.Text("type", "Manifest");
        w.Text("documentNumber", m.DocumentNumber);
        w.Time("documentTime", m.DocumentTime);
        w.Code("statement", m.Statement);
        w.Object("carrier", m.Carrier, PartRendering.Party);
        w.Object("trip", m.Trip, PartRendering.Trip);
        w.Text("replacesReference", m.ReplacesReference);
        w.List("containers", m.Containers, PartRendering.Container);
        w.List("consignments", m.Consignments, PartRendering.Consignment);
    }

    private static void CargoReport(CanonicalWriter w, CargoReport r)
    {
        w.Text("type", "CargoReport");
        w.Code("kind", r.Kind);
        w.Object("trip", r.Trip, PartRendering.Trip);
        w.List("consignments", r.Consignments, PartRendering.Consignment);
        w.List("devices", r.Devices, PartRendering.Container);
        w.Number("partNumber", r.PartNumber);
        w.Flag("isLastPart", r.IsLastPart);
    }

    private static void RoadLodgement(CanonicalWriter w, RoadLodgement l)
    {
        w.Text("type", "RoadLodgement");
        w.Code("direction", l.Direction);
        w.Text("controlPoint", l.ControlPoint);
        w.Time("expectedCrossing", l.ExpectedCrossing);
        w.Object("shipper", l.Shipper, PartRendering.Party);
        w.Object("consignment", l.Consignment, PartRendering.Consignment);
        w.Text("source", l.Source);
    }

    private static void Bundle(CanonicalWriter w, Bundle b)
    {
        w.Text("type", "Bundle");
        w.Text("vrn", b.Vrn);
        w.Code("direction", b.Direction);
        w.Text("controlPoint", b.ControlPoint);
        w.Time("expectedArrival", b.ExpectedArrival);
        w.Texts("ccrns", b.Ccrns);
    }

    private static void AirWaybillStatus(CanonicalWriter w, AirWaybillStatus s)
    {
        w.Text("type", "AirWaybillStatus");
        w.Text("airWaybillNumber", s.AirWaybillNumber);
        w.List("history", s.History, (w, e) =>
        {
            w.Text("code", e.Code);
            w.Time("at", e.At);
        });
    }
}
