using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Contracts.Testing;
using Strangler.Facade.Routing.Accs;
using Strangler.Facade.Routing.Answers;
using Strangler.Facade.Routing.Edifact;
using Strangler.Facade.Routing.Rocars;

namespace Strangler.Facade.Routing.Tests;

/// <summary>No reader may throw on any body: random bytes, random EDIFACT-ish text, mutated samples.</summary>
public sealed class ReaderPropertyTests
{
    private static readonly byte[][] Samples =
        [.. new[] { "gets", "eman", "rocars", "accs" }.SelectMany(Bodies.All).Select(s => s.Body)];

    private static bool Survives(byte[] body)
    {
        _ = EdifactRequestReader.Read(body);
        _ = RocarsRequestReader.Read(body);
        _ = AccsRequestReader.Read(body);
        foreach (var contractInterface in ContractInterfaces.All)
        {
            _ = IssuedReferenceReader.Read(contractInterface, body).IssuedHeader();
        }

        return true;
    }

    [Property(MaxTest = 500)]
    public bool Random_bytes_never_throw(byte[] body) => Survives(body);

    [Property(MaxTest = 500)]
    public Property Random_edifact_characters_after_an_envelope_never_throw() =>
        Prop.ForAll(
            Arb.From(Gen.ArrayOf(Gen.Elements("UNBHZTGMDARFCS+:'?.0123456789 \r\n\u00e9".ToCharArray()))),
            chars => Survives(Encoding.UTF8.GetBytes("UNA:+.? 'UNB+UNOC:3+X:ZZZ+HKGETS:ZZZ+261126:1200+I1'UNH+M1+CUSDEC'" + new string(chars))));

    [Property(MaxTest = 1000)]
    public Property Mutated_samples_never_throw() => Prop.ForAll(Arb.From(MutatedSample), Survives);

    [Property(MaxTest = 300)]
    public Property A_mutated_edifact_sample_still_lists_only_messages_with_a_ref() =>
        Prop.ForAll(Arb.From(MutatedSample), body =>
            EdifactRequestReader.Read(body) is not { } facts || facts.Messages.All(m => m.MessageRef.Length > 0));

    private static Gen<byte[]> MutatedSample =>
        from sample in Gen.Elements(Samples)
        from count in Gen.Choose(1, 6)
        from edits in Gen.ListOf(
            from kind in Gen.Choose(0, 2)
            from position in Gen.Choose(0, 10_000)
            from value in Gen.Elements<byte>(0x00, 0x0A, 0x0D, 0x20, 0x27, 0x2B, 0x3A, 0x3F, 0x3C, 0x3E, 0x2F, 0x26, 0x41, 0x30, 0x80, 0xC3, 0xFF)
            select (kind, position, value),
            count)
        select ByteEdits.Apply(sample, edits);
}
