using System.Globalization;
using System.Text;
using Strangler.Contracts.Time;

namespace Strangler.Migration.Legacy.Tests.Rocars;

/// <summary>ROCARS requests crafted beside the contract samples: amendments, cancellations, SSDD, other articles.</summary>
internal static class RocarsRequests
{
    public const string OneArticle =
        "<Article><Description>PLASTIC TOYS</Description><HsCode>95030090</HsCode><GrossWeightKg>12.000</GrossWeightKg></Article>";

    public const string TwoArticles =
        "<Article><Description>COTTON SHIRTS</Description><HsCode>62052000</HsCode><GrossWeightKg>100.250</GrossWeightKg><ValueHkd>1500.50</ValueHkd></Article>" +
        "<Article><Description>LEATHER SHOES</Description><ValueHkd>99.90</ValueHkd></Article>";

    public static byte[] Aci(DateTimeOffset now, string messageId, string function, string? ccrn, string? source, string articles) =>
        Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <AciSubmission xmlns="urn:hk:rocars:1">
              <MessageId>{messageId}</MessageId>
              <Function>{function}</Function>
              {(ccrn is null ? "" : $"<Ccrn>{ccrn}</Ccrn>")}
              {(source is null ? "" : $"<Source>{source}</Source>")}
              <Direction>IMPORT</Direction>
              <ControlPoint>LMC</ControlPoint>
              <ExpectedCrossing>{Iso(now.AddHours(5))}</ExpectedCrossing>
              <Shipper><Name>  NORTH STAR LOGISTICS  </Name><Address>1 HARBOUR ROAD, WAN CHAI</Address></Shipper>
              <Consignor><Name>DONGGUAN TEXTILES</Name><Address>5 INDUSTRIAL PARK, DONGGUAN</Address></Consignor>
              <Consignee><Name>KOWLOON RETAIL LTD</Name><Address>9 NATHAN ROAD, MONG KOK</Address></Consignee>
              <Packages><Count>12</Count><Description>PALLETS</Description></Packages>
              <Articles>{articles}</Articles>
            </AciSubmission>
            """);

    public static byte[] Cancel(string messageId, string ccrn, string? source) =>
        Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <AciSubmission xmlns="urn:hk:rocars:1"><MessageId>{messageId}</MessageId><Function>CANCEL</Function><Ccrn>{ccrn}</Ccrn>{(source is null ? "" : $"<Source>{source}</Source>")}</AciSubmission>
            """);

    public static byte[] Bundle(DateTimeOffset now, string messageId, params string[] ccrns) =>
        Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <BundleSubmission xmlns="urn:hk:rocars:1">
              <MessageId>{messageId}</MessageId>
              <Vrn>CD5678</Vrn>
              <Direction>IMPORT</Direction>
              <ControlPoint>LMC</ControlPoint>
              <ExpectedArrival>{Iso(now.AddHours(2))}</ExpectedArrival>
              <Ccrns>{string.Concat(ccrns.Select(c => $"<Ccrn>{c}</Ccrn>"))}</Ccrns>
            </BundleSubmission>
            """);

    private static string Iso(DateTimeOffset at) =>
        HongKongTime.ToHongKong(at).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";
}
