using Strangler.CargoImp;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Core.Model.Tests;

/// <summary>The valid contract samples, filled at noon Hong Kong time on a fixed date and decoded by their codecs.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 3, 16));

    public const string Ccrn = "CCRN-TEST-0001";

    private static readonly CheckContext Context = new(Now);

    public static byte[] Bytes(string path) => ContractSamples.Read(path, Now, _ => Ccrn);

    public static Declaration Cusdec(string path) =>
        CusdecCodec.Decode(Bytes(path))!.Declarations[0];

    public static CuscarManifest Cuscar(string path)
    {
        var decoded = CuscarCodec.Decode(Bytes(path), Context);
        Assert.True(decoded.Messages[0].IsAccepted);
        return decoded.Messages[0].Manifest!;
    }

    public static CargoImpMessage CargoImp(string path)
    {
        var decoded = CargoImpDecoder.Decode(Bytes(path), Context);
        Assert.True(decoded.IsAccepted, decoded.Error?.Code);
        return decoded.Message!;
    }

    public static AciSubmission Aci(string path) =>
        RocarsRequests.DecodeAci(Bytes(path), RocarsEndpoint.Aci, Context).Document!;

    public static BundleSubmission Bundle(string path) =>
        RocarsRequests.DecodeBundle(Bytes(path), Context).Document!;
}
