using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;

namespace Strangler.Edifact.Tests.Cuscar;

public sealed class CuscarPropertyTests
{
    private static readonly DateTimeOffset Now = CuscarExamples.Now;

    private static readonly byte[][] Samples =
        [.. ContractSamples.Files("eman").Where(f => f.EndsWith(".edi", StringComparison.Ordinal)).Select(f => ContractSamples.Read("eman/" + f, Now))];

    // Everything public that takes a request body, and the answers built from it; none may throw or hang.
    private static bool Survives(byte[] body)
    {
        var context = new CheckContext(Now, SampleClientKeys.Msc);
        var decoded = CuscarCodec.Decode(body, context);
        _ = EdifactCheck.Check(body, context);
        var envelope = AnswerEnvelope.For(decoded.Envelope, "MSCUAGENT", Now, "R0000000000001");
        var answers = decoded.Envelope.IsAccepted
            ? decoded.Messages.Select(m => Answer(decoded, m)).ToList()
            : [CusresAnswers.EnvelopeRejection(decoded.Envelope, Now)];
        var bytes = CusresWriter.Write(CusresAnswers.Interchange(envelope, answers));
        if (!CusresReader.Read(bytes).IsRead)
        {
            return false;
        }

        if (decoded.ToInterchange() is { } interchange)
        {
            _ = CuscarCodec.Encode(interchange);
        }

        return decoded.Messages.All(m => m.Verdict.Passed == (m.Verdict.Errors.Count == 0) && (m.Verdict.Phase < 4 || m.Manifest is not null || m.Verdict.Errors.Any(e => e.Code == "E006")));
    }

    private static CusresMessage Answer(CuscarDecoded decoded, CuscarMessageResult m)
    {
        var subject = AnswerSubject.Of(decoded.Envelope, m.Message);
        return m.IsAccepted && m.Manifest is { } manifest
            ? EmanAnswers.Accepted(subject, manifest, Now, "EM12601150000001")
            : EmanAnswers.Rejected(subject, Now, m.Verdict.Errors);
    }

    [Property(MaxTest = 300)]
    public bool Random_bytes_never_throw(byte[] body) => Survives(body);

    [Property(MaxTest = 300)]
    public Property Random_edifact_characters_never_throw() =>
        Prop.ForAll(
            Arb.From(Gen.ArrayOf(Gen.Elements("UNBHZTCSAREQDGI+:'?.0123456789 \r\n".ToCharArray()))),
            chars => Survives(Encoding.ASCII.GetBytes("UNB+UNOC:3+X:ZZZ+HKEMAN:ZZZ+260115:1200+I1'UNH+1+CUSCAR:D:95B:UN:HKEMAN'" + new string(chars))));

    [Property(MaxTest = 500)]
    public Property Mutated_samples_never_throw() => Prop.ForAll(Arb.From(MutatedSample), Survives);

    [Property(MaxTest = 200)]
    public Property Valid_manifests_encode_and_decode_back_to_equal_models() =>
        Prop.ForAll(Arb.From(CuscarGenerators.Interchange(Now)), RoundTrips);

    private static bool RoundTrips(CuscarInterchange interchange)
    {
        var bytes = CuscarCodec.Encode(interchange);
        var decoded = CuscarCodec.Decode(bytes, new CheckContext(Now));
        var errors = decoded.Envelope.Rejection is { } rejection
            ? [rejection]
            : decoded.Messages.SelectMany(m => m.Verdict.Errors).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{string.Join(", ", errors)} for:\n{Encoding.UTF8.GetString(bytes)}");
        }

        var back = decoded.ToInterchange();
        return interchange.Equals(back) && bytes.AsSpan().SequenceEqual(CuscarCodec.Encode(back!));
    }

    // Byte flips, inserts and deletes, and whole segment lines repeated or dropped.
    private static Gen<byte[]> MutatedSample =>
        from sample in Gen.Elements(Samples)
        from count in Gen.Choose(1, 5)
        from mutations in Gen.ListOf(
            from kind in Gen.Choose(0, 4)
            from position in Gen.Choose(0, 10_000)
            from value in Gen.Elements<byte>(0x00, 0x0A, 0x0D, 0x20, 0x27, 0x2B, 0x3A, 0x3F, 0x2E, 0x2C, 0x41, 0x30, 0x39, 0x5A, 0x61, 0x80, 0xC3, 0xFF)
            select (kind, position, value),
            count)
        select Mutate(sample, mutations);

    private static byte[] Mutate(byte[] sample, IEnumerable<(int Kind, int Position, byte Value)> mutations)
    {
        var bytes = sample.ToList();
        foreach (var (kind, position, value) in mutations)
        {
            var at = bytes.Count == 0 ? 0 : position % bytes.Count;
            switch (kind)
            {
                case 0 when bytes.Count > 0: bytes[at] = value; break;
                case 1: bytes.Insert(at, value); break;
                case 2 when bytes.Count > 0: bytes.RemoveAt(at); break;
                case 3 or 4:
                    var lines = Encoding.UTF8.GetString([.. bytes]).Split('\n').ToList();
                    var line = position % lines.Count;
                    if (kind == 3)
                    {
                        lines.Insert(line, lines[line]);
                    }
                    else
                    {
                        lines.RemoveAt(line);
                    }

                    bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
                    break;
            }
        }

        return [.. bytes];
    }
}
