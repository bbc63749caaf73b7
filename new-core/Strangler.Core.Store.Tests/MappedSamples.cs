using Strangler.CargoImp;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Core.Store.Tests;

/// <summary>Valid contract samples filled at noon Hong Kong time on a fixed date, decoded by their codecs and mapped.</summary>
internal static class MappedSamples
{
    public static readonly DateTimeOffset Now = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 3, 16));

    public static readonly string[] Paths =
    [
        "gets/01-import-sea-accepted.edi",
        "eman/01-sea-import-s1-accepted.edi",
        "accs/01-fwb-accepted.txt",
        "rocars/01-aci-accepted.xml",
        "rocars/04-bundle.xml",
    ];

    private static readonly CheckContext Context = new(Now);

    public static CanonicalDocument Document(string path)
    {
        var bytes = ContractSamples.Read(path, Now, _ => "CCRN-TEST-0001");
        return path.Split('/')[0] switch
        {
            "gets" => DeclarationMapper.Map(CusdecCodec.Decode(bytes)!.Declarations[0], Now),
            "eman" => ManifestMapper.Map(CuscarCodec.Decode(bytes, Context).Messages[0].Manifest!),
            "accs" => AirCargoMapper.Map(CargoImpDecoder.Decode(bytes, Context).Message!, Now),
            "rocars" when path.Contains("bundle", StringComparison.Ordinal) =>
                RoadMapper.Map(RocarsRequests.DecodeBundle(bytes, Context).Document!),
            "rocars" => RoadMapper.Map(RocarsRequests.DecodeAci(bytes, RocarsEndpoint.Aci, Context).Document!)!,
            _ => throw new ArgumentException("No mapper for " + path, nameof(path)),
        };
    }

    public static DocumentVersion Version(
        string reference, int number, CanonicalDocument? document, DocumentFunction function = DocumentFunction.Original) => new()
    {
        Number = number,
        Function = function,
        ReceivedAt = Now.AddMinutes(number),
        IssuedReference = reference,
        Source = SourceInterface.Gets,
        ClientKey = "test-client",
        Document = document,
    };
}
