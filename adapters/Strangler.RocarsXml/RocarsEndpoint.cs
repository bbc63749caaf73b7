namespace Strangler.RocarsXml;

/// <summary>The ROCARS XML endpoints (rocars.md, "Endpoints"), so that decoding knows its context.</summary>
public enum RocarsEndpoint
{
    /// <summary>POST /rocars/xml/v1/aci: AciSubmission from a shipper; Source not allowed.</summary>
    Aci,

    /// <summary>POST /rocars/xml/v1/ssdd: AciSubmission from the Mainland single window with Source CNSW.</summary>
    Ssdd,

    /// <summary>GET /rocars/xml/v1/aci/{ccrn}: answered with an AciRecord.</summary>
    AciRecord,

    /// <summary>POST /rocars/xml/v1/bundles: BundleSubmission from a driver.</summary>
    Bundles,

    /// <summary>DELETE /rocars/xml/v1/bundles/{bundleRef} with X-Message-Id: answered with a BundleResponse.</summary>
    BundleDelete,

    /// <summary>GET /rocars/xml/v1/clearance?vrn=…&amp;controlPoint=…: answered with a ClearanceInstruction.</summary>
    Clearance,
}
