using System.Text;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Testing;

namespace Strangler.RocarsXml.Tests;

/// <summary>The fixed clock and canonical documents the tests share.</summary>
internal static class Fixture
{
    public static readonly DateOnly Date = new(2026, 11, 26);

    /// <summary>Noon Hong Kong time on <see cref="Date"/>: the samples' clock.</summary>
    public static readonly DateTimeOffset Now = SamplePlaceholders.NoonHongKong(Date);

    /// <summary>A made-up valid CCRN standing for the answer to sample 01.</summary>
    public static readonly string Ccrn = CcrnNumber.Create(Date, 1);

    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    public const string Lodgement =
        "<Direction>IMPORT</Direction><ControlPoint>LMC</ControlPoint><ExpectedCrossing>2026-11-26T15:00:00+08:00</ExpectedCrossing>" +
        "<Shipper><Name>SWIFT FORWARDING LTD</Name><Address>8 CANTON ROAD, TSIM SHA TSUI</Address></Shipper>" +
        "<Consignor><Name>SHENZHEN GADGETS CO</Name><Address>88 NANSHAN AVENUE, SHENZHEN</Address></Consignor>" +
        "<Consignee><Name>ACME TRADING LTD</Name><Address>12 SAMPLE ROAD, KWUN TONG</Address></Consignee>" +
        "<Packages><Count>40</Count><Description>CARTONS</Description></Packages>" +
        "<Articles><Article><Description>MOBILE PHONE PARTS</Description><HsCode>85177900</HsCode>" +
        "<GrossWeightKg>420.500</GrossWeightKg><ValueHkd>88000.00</ValueHkd></Article></Articles>";

    /// <summary>Sample 01 as our writer writes it (filled at <see cref="Now"/>).</summary>
    public const string Aci =
        Declaration + "<AciSubmission xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0001</MessageId><Function>ORIGINAL</Function>" +
        Lodgement + "</AciSubmission>";

    public const string Bundle =
        Declaration + "<BundleSubmission xmlns=\"urn:hk:rocars:1\"><MessageId>BND-0001</MessageId><Vrn>AB1234</Vrn>" +
        "<Direction>IMPORT</Direction><ControlPoint>LMC</ControlPoint><ExpectedArrival>2026-11-26T14:00:00+08:00</ExpectedArrival>" +
        "<Ccrns><Ccrn>C261126000000013</Ccrn></Ccrns></BundleSubmission>";

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    public static CheckContext Context(ClientAuthority? client = null, DateTimeOffset? at = null) => new(at ?? Now, client);

    public static byte[] Sample(string file) => ContractSamples.Read("rocars/" + file, Now, _ => Ccrn);

    /// <summary>The codes of a request's stateless errors.</summary>
    public static string[] Codes<T>(RocarsRequest<T> request)
        where T : class => [.. request.Errors.Select(e => e.Code)];

    public static string[] AciCodes(string xml, RocarsEndpoint endpoint = RocarsEndpoint.Aci, ClientAuthority? client = null, DateTimeOffset? at = null) =>
        Codes(RocarsRequests.DecodeAci(Bytes(xml), endpoint, Context(client, at)));

    public static string[] BundleCodes(string xml, ClientAuthority? client = null, DateTimeOffset? at = null) =>
        Codes(RocarsRequests.DecodeBundle(Bytes(xml), Context(client, at)));

    /// <summary>The canonical ACI with one piece of text replaced (which must occur).</summary>
    public static string AciWith(string find, string replace) => Replace(Aci, find, replace);

    public static string BundleWith(string find, string replace) => Replace(Bundle, find, replace);

    private static string Replace(string xml, string find, string replace)
    {
        Assert.Contains(find, xml);
        return xml.Replace(find, replace, StringComparison.Ordinal);
    }
}
