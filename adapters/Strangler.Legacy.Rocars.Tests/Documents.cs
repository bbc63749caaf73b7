using Strangler.Contracts.Testing;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>Request bodies for the stateful tests, built like the samples (times relative to the fake clock).</summary>
public static class Documents
{
    public const string Ns = "urn:hk:rocars:1";

    public static string Iso(DateTimeOffset at) => SamplePlaceholders.Format(at, "ISO");

    public static string Aci(
        string messageId,
        DateTimeOffset crossing,
        string function = "ORIGINAL",
        string? ccrn = null,
        string? source = null,
        string direction = "IMPORT",
        string controlPoint = "LMC",
        string description = "MOBILE PHONE PARTS",
        string hsCode = "85177900",
        string consignor = "SHENZHEN GADGETS CO",
        string count = "40") =>
        $"<AciSubmission xmlns=\"{Ns}\"><MessageId>{messageId}</MessageId><Function>{function}</Function>" +
        (ccrn is null ? "" : $"<Ccrn>{ccrn}</Ccrn>") +
        (source is null ? "" : $"<Source>{source}</Source>") +
        $"<Direction>{direction}</Direction><ControlPoint>{controlPoint}</ControlPoint><ExpectedCrossing>{Iso(crossing)}</ExpectedCrossing>" +
        "<Shipper><Name>SWIFT FORWARDING LTD</Name><Address>8 CANTON ROAD, TSIM SHA TSUI</Address></Shipper>" +
        $"<Consignor><Name>{consignor}</Name><Address>88 NANSHAN AVENUE, SHENZHEN</Address></Consignor>" +
        "<Consignee><Name>ACME TRADING LTD</Name><Address>12 SAMPLE ROAD, KWUN TONG</Address></Consignee>" +
        $"<Packages><Count>{count}</Count><Description>CARTONS</Description></Packages>" +
        $"<Articles><Article><Description>{description}</Description><HsCode>{hsCode}</HsCode><GrossWeightKg>420.5</GrossWeightKg>" +
        "<ValueHkd>88000</ValueHkd></Article></Articles></AciSubmission>";

    public static string Cancel(string messageId, string ccrn, string? source = null) =>
        $"<AciSubmission xmlns=\"{Ns}\"><MessageId>{messageId}</MessageId><Function>CANCEL</Function><Ccrn>{ccrn}</Ccrn>" +
        (source is null ? "" : $"<Source>{source}</Source>") + "</AciSubmission>";

    public static string Bundle(string messageId, DateTimeOffset arrival, string vrn = "AB1234", string direction = "IMPORT", string controlPoint = "LMC", params string[] ccrns) =>
        $"<BundleSubmission xmlns=\"{Ns}\"><MessageId>{messageId}</MessageId><Vrn>{vrn}</Vrn><Direction>{direction}</Direction>" +
        $"<ControlPoint>{controlPoint}</ControlPoint><ExpectedArrival>{Iso(arrival)}</ExpectedArrival><Ccrns>" +
        string.Concat(ccrns.Select(c => $"<Ccrn>{c}</Ccrn>")) + "</Ccrns></BundleSubmission>";
}
