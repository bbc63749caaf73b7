using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.Contracts.Testing;
using static Strangler.RocarsXml.Tests.Fixture;

namespace Strangler.RocarsXml.Tests;

public sealed class PropertyTests
{
    private static readonly byte[][] Valid =
    [
        .. ContractSamples.Files("rocars").Select(Sample),
        Bytes(Aci),
        Bytes(Bundle),
        RocarsWriter.Write(Documents.AciResponse.Rejected("M", Now, [RocarsErrors.Error("R010")])),
    ];

    private static readonly Gen<byte[]> RandomBytes =
        from length in Gen.Choose(0, 400)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
        select bytes;

    // A valid body with a few bytes flipped, inserted or deleted; inserted bytes favour XML's own characters.
    private static readonly Gen<byte[]> MutatedValid =
        from original in Gen.Elements(Valid)
        from edits in Generators.ListOf(
            from kind in Gen.Choose(0, 2)
            from at in Gen.Choose(0, int.MaxValue)
            from value in Gen.Elements("<>/&;=\"' !-[]?:xZ\u00e9"u8.ToArray()).Or(Gen.Choose(0, 255).Select(b => (byte)b))
            select (kind, at, value), 1, 4)
        select ByteEdits.Apply(original, edits);

    [Property(MaxTest = 300)]
    public Property Random_bytes_never_throw_and_are_answered_R001() =>
        Prop.ForAll(RandomBytes.ToArbitrary(), bytes => Survives(bytes) && Check(bytes, null).Errors.Single().Code == "R001");

    [Property(MaxTest = 500)]
    public Property Mutated_valid_bodies_never_throw_and_always_terminate() =>
        Prop.ForAll(MutatedValid.ToArbitrary(), Survives);

    [Property(MaxTest = 200)]
    public Property A_valid_aci_submission_round_trips_and_passes_every_stateless_rule() =>
        Prop.ForAll(Generators.AciSubmission.ToArbitrary(), pair =>
        {
            var bytes = RocarsWriter.Write(pair.Submission);
            var request = RocarsRequests.DecodeAci(bytes, pair.Endpoint, Context());
            return request.Errors.Count == 0 && request.Document == pair.Submission &&
                   RocarsWriter.Write(request.Document).AsSpan().SequenceEqual(bytes);
        });

    [Property(MaxTest = 200)]
    public Property A_valid_bundle_submission_round_trips_and_passes_every_stateless_rule() =>
        Prop.ForAll(Generators.BundleSubmission.ToArbitrary(), bundle =>
        {
            var request = RocarsRequests.DecodeBundle(RocarsWriter.Write(bundle), Context());
            return request.Errors.Count == 0 && request.Document == bundle;
        });

    [Property(MaxTest = 200)]
    public Property Answers_round_trip() =>
        Prop.ForAll(Generators.AciResponse.ToArbitrary(), Generators.BundleResponse.ToArbitrary(), (aci, bundle) =>
            RocarsReader.ReadAciResponse(RocarsWriter.Write(aci)).Document == aci &&
            RocarsReader.ReadBundleResponse(RocarsWriter.Write(bundle)).Document == bundle);

    [Property(MaxTest = 200)]
    public Property Records_and_instructions_round_trip() =>
        Prop.ForAll(Generators.AciRecord.ToArbitrary(), Generators.ClearanceInstruction.ToArbitrary(), (record, instruction) =>
            RocarsReader.ReadAciRecord(RocarsWriter.Write(record)).Document == record &&
            RocarsReader.ReadClearanceInstruction(RocarsWriter.Write(instruction)).Document == instruction);

    private static bool Survives(byte[] bytes)
    {
        var context = Context(SampleClientKeys.Driver);
        var checks = new List<Contracts.Checking.MessageCheck> { Check(bytes, null) };
        checks.AddRange(Enum.GetValues<RocarsEndpoint>().Select(e => Check(bytes, e)));
        _ = RocarsRequests.DecodeAci(bytes, RocarsEndpoint.Aci, context);
        _ = RocarsRequests.DecodeAci(bytes, RocarsEndpoint.Ssdd, context);
        _ = RocarsRequests.DecodeBundle(bytes, context);
        _ = RocarsReader.ReadAciResponse(bytes);
        _ = RocarsReader.ReadAciRecord(bytes);
        _ = RocarsReader.ReadBundleResponse(bytes);
        _ = RocarsReader.ReadClearanceInstruction(bytes);

        // Whatever the verdict, every error carries a contract code and its fixed text.
        return checks.All(c => c.Errors.All(e => RocarsErrors.Text(e.Code) == e.Text));
    }

    private static Contracts.Checking.MessageCheck Check(byte[] bytes, RocarsEndpoint? endpoint) =>
        RocarsCheck.Check(bytes, Context(), endpoint);
}
