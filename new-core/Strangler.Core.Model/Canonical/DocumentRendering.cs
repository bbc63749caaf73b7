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
        w.Text("type"u8, "Declaration");
        w.Text("form"u8, d.Form);
        w.Text("lrn"u8, d.Lrn);
        w.Text("tdecNumber"u8, d.TdecNumber);
        w.Code("direction"u8, d.Direction);
        w.Flag("preShipment"u8, d.PreShipment);
        w.Date("documentDate"u8, d.DocumentDate);
        w.Date("importExportDate"u8, d.ImportExportDate);
        w.Object("declarant"u8, d.Declarant, PartRendering.Party);
        w.Object("trader"u8, d.Trader, PartRendering.Party);
        w.Object("trip"u8, d.Trip, PartRendering.Trip);
        w.Text("consignmentCountry"u8, d.ConsignmentCountry);
        w.List("transportDocuments"u8, d.TransportDocuments, PartRendering.Document);
        w.List("items"u8, d.Items, PartRendering.GoodsItem);
        w.List("charges"u8, d.Charges, (w, c) =>
        {
            w.Code("kind"u8, c.Kind);
            w.Number("amountHkd"u8, c.AmountHkd);
        });
    }

    private static void Manifest(CanonicalWriter w, Manifest m)
    {
        w.Text("type"u8, "Manifest");
        w.Text("documentNumber"u8, m.DocumentNumber);
        w.Time("documentTime"u8, m.DocumentTime);
        w.Code("statement"u8, m.Statement);
        w.Object("carrier"u8, m.Carrier, PartRendering.Party);
        w.Object("trip"u8, m.Trip, PartRendering.Trip);
        w.Text("replacesReference"u8, m.ReplacesReference);
        w.List("containers"u8, m.Containers, PartRendering.Container);
        w.List("consignments"u8, m.Consignments, PartRendering.Consignment);
    }

    private static void CargoReport(CanonicalWriter w, CargoReport r)
    {
        w.Text("type"u8, "CargoReport");
        w.Code("kind"u8, r.Kind);
        w.Object("trip"u8, r.Trip, PartRendering.Trip);
        w.List("consignments"u8, r.Consignments, PartRendering.Consignment);
        w.List("devices"u8, r.Devices, PartRendering.Container);
        w.Number("partNumber"u8, r.PartNumber);
        w.Flag("isLastPart"u8, r.IsLastPart);
    }

    private static void RoadLodgement(CanonicalWriter w, RoadLodgement l)
    {
        w.Text("type"u8, "RoadLodgement");
        w.Code("direction"u8, l.Direction);
        w.Text("controlPoint"u8, l.ControlPoint);
        w.Time("expectedCrossing"u8, l.ExpectedCrossing);
        w.Object("shipper"u8, l.Shipper, PartRendering.Party);
        w.Object("consignment"u8, l.Consignment, PartRendering.Consignment);
        w.Text("source"u8, l.Source);
    }

    private static void Bundle(CanonicalWriter w, Bundle b)
    {
        w.Text("type"u8, "Bundle");
        w.Text("vrn"u8, b.Vrn);
        w.Code("direction"u8, b.Direction);
        w.Text("controlPoint"u8, b.ControlPoint);
        w.Time("expectedArrival"u8, b.ExpectedArrival);
        w.Texts("ccrns"u8, b.Ccrns);
    }

    private static void AirWaybillStatus(CanonicalWriter w, AirWaybillStatus s)
    {
        w.Text("type"u8, "AirWaybillStatus");
        w.Text("airWaybillNumber"u8, s.AirWaybillNumber);
        w.List("history"u8, s.History, (w, e) =>
        {
            w.Text("code"u8, e.Code);
            w.Time("at"u8, e.At);
        });
    }
}
