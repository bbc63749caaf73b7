using Strangler.Core.Model.Air;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Model.Road;

namespace Strangler.Core.Model.Tests.Canonical.Legacy;

// A verbatim reference copy of the rendering before issue 7 (only renamed): the new rendering must give the same bytes.

/// <summary>The canonical field order of each document type; the first line names the type.</summary>
internal static class LegacyDocumentRendering
{
    public static void Write(LegacyCanonicalWriter w, CanonicalDocument document)
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

    private static void Declaration(LegacyCanonicalWriter w, Declaration d)
    {
        w.Text("type", "Declaration");
        w.Text("form", d.Form);
        w.Text("lrn", d.Lrn);
        w.Text("tdecNumber", d.TdecNumber);
        w.Code("direction", d.Direction);
        w.Flag("preShipment", d.PreShipment);
        w.Date("documentDate", d.DocumentDate);
        w.Date("importExportDate", d.ImportExportDate);
        w.Object("declarant", d.Declarant, LegacyPartRendering.Party);
        w.Object("trader", d.Trader, LegacyPartRendering.Party);
        w.Object("trip", d.Trip, LegacyPartRendering.Trip);
        w.Text("consignmentCountry", d.ConsignmentCountry);
        w.List("transportDocuments", d.TransportDocuments, LegacyPartRendering.Document);
        w.List("items", d.Items, LegacyPartRendering.GoodsItem);
        w.List("charges", d.Charges, (w, c) =>
        {
            w.Code("kind", c.Kind);
            w.Number("amountHkd", c.AmountHkd);
        });
    }

    private static void Manifest(LegacyCanonicalWriter w, Manifest m)
    {
        w.Text("type", "Manifest");
        w.Text("documentNumber", m.DocumentNumber);
        w.Time("documentTime", m.DocumentTime);
        w.Code("statement", m.Statement);
        w.Object("carrier", m.Carrier, LegacyPartRendering.Party);
        w.Object("trip", m.Trip, LegacyPartRendering.Trip);
        w.Text("replacesReference", m.ReplacesReference);
        w.List("containers", m.Containers, LegacyPartRendering.Container);
        w.List("consignments", m.Consignments, LegacyPartRendering.Consignment);
    }

    private static void CargoReport(LegacyCanonicalWriter w, CargoReport r)
    {
        w.Text("type", "CargoReport");
        w.Code("kind", r.Kind);
        w.Object("trip", r.Trip, LegacyPartRendering.Trip);
        w.List("consignments", r.Consignments, LegacyPartRendering.Consignment);
        w.List("devices", r.Devices, LegacyPartRendering.Container);
        w.Number("partNumber", r.PartNumber);
        w.Flag("isLastPart", r.IsLastPart);
    }

    private static void RoadLodgement(LegacyCanonicalWriter w, RoadLodgement l)
    {
        w.Text("type", "RoadLodgement");
        w.Code("direction", l.Direction);
        w.Text("controlPoint", l.ControlPoint);
        w.Time("expectedCrossing", l.ExpectedCrossing);
        w.Object("shipper", l.Shipper, LegacyPartRendering.Party);
        w.Object("consignment", l.Consignment, LegacyPartRendering.Consignment);
        w.Text("source", l.Source);
    }

    private static void Bundle(LegacyCanonicalWriter w, Bundle b)
    {
        w.Text("type", "Bundle");
        w.Text("vrn", b.Vrn);
        w.Code("direction", b.Direction);
        w.Text("controlPoint", b.ControlPoint);
        w.Time("expectedArrival", b.ExpectedArrival);
        w.Texts("ccrns", b.Ccrns);
    }

    private static void AirWaybillStatus(LegacyCanonicalWriter w, AirWaybillStatus s)
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
