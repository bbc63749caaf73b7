namespace Strangler.Core.Model.Consignments;

/// <summary>The kind of a transport document (WCO DM: TransportContractDocument type).</summary>
public enum TransportDocumentKind
{
    BillOfLading,
    AirWaybill,

    /// <summary>A rail or road consignment note.</summary>
    ConsignmentNote,

    /// <summary>The ROCARS Customs Cargo Reference Number of an ACI.</summary>
    Ccrn,

    /// <summary>An EMAN manifest reference named by a declaration (GETS <c>RFF+MRN</c>).</summary>
    ManifestReference,
}
