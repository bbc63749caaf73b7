using Strangler.Contracts.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.CargoImp;
using Strangler.Contracts.Checking;
using Strangler.Core.Model.Canonical;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusdec;
using Strangler.RocarsXml;

namespace Strangler.Core.Model.Tests.Mapping;

/// <summary>Whatever a codec manages to decode from a mutated sample, the mappers and the canonical form take without throwing.</summary>
public sealed class MappingTotalityTests
{
    private static readonly CheckContext Context = new(Samples.Now);

    private static readonly (string Path, Func<byte[], IEnumerable<CanonicalDocument?>> Map)[] Decoders =
    [
        ("gets/01-import-sea-accepted.edi", b => CusdecCodec.Decode(b)?.Declarations.Select(d => (CanonicalDocument?)DeclarationMapper.Map(d, Samples.Now)) ?? []),
        ("gets/05-pre-shipment-new-core.edi", b => CusdecCodec.Decode(b)?.Declarations.Select(d => (CanonicalDocument?)DeclarationMapper.Map(d, Samples.Now)) ?? []),
        ("eman/01-sea-import-s1-accepted.edi", b => CuscarCodec.Decode(b, Context).Messages.Where(m => m.Manifest is not null).Select(m => (CanonicalDocument?)ManifestMapper.Map(m.Manifest!))),
        ("eman/03-air-import-s2-accepted.edi", b => CuscarCodec.Decode(b, Context).Messages.Where(m => m.Manifest is not null).Select(m => (CanonicalDocument?)ManifestMapper.Map(m.Manifest!))),
        ("accs/01-fwb-accepted.txt", CargoImp),
        ("accs/02-fhl-accepted.txt", CargoImp),
        ("accs/03-ffm-accepted.txt", CargoImp),
        ("rocars/01-aci-accepted.xml", b => RocarsRequests.DecodeAci(b, RocarsEndpoint.Aci, Context).Document is { } d ? [RoadMapper.Map(d)] : []),
        ("rocars/04-bundle.xml", b => RocarsRequests.DecodeBundle(b, Context).Document is { } d ? [RoadMapper.Map(d)] : []),
    ];

    [Property(MaxTest = 300)]
    public Property Mutated_samples_that_decode_always_map_and_render()
    {
        var gen =
            from sample in Gen.Choose(0, Decoders.Length - 1)
            from position in Gen.Choose(0, 10_000)
            from value in Gen.Choose(0, 255)
            from op in Gen.Choose(0, 2)
            select (sample, position, Value: (byte)value, op);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (path, map) = Decoders[t.sample];
            var bytes = ByteEdits.Apply(Samples.Bytes(path), [(t.op, t.position, t.Value)]);
            foreach (var document in map(bytes))
            {
                if (document is not null)
                {
                    _ = CanonicalForm.Checksum(document);
                }
            }
        });
    }

    [Fact]
    public void Every_valid_sample_maps_to_at_least_one_document()
    {
        Assert.All(Decoders, d => Assert.NotEmpty(d.Map(Samples.Bytes(d.Path)).OfType<CanonicalDocument>()));
    }

    private static IEnumerable<CanonicalDocument?> CargoImp(byte[] body) =>
        CargoImpDecoder.Decode(body, Context).Message is { } m ? [AirCargoMapper.Map(m, Samples.Now)] : [];

}
