using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Testing;
using static Strangler.CargoImp.Tests.TestMessages;

namespace Strangler.CargoImp.Tests;

public sealed class PropertyTests
{
    private static readonly string[] Samples = [.. ContractSamples.Files("accs")];

    // Everything public that takes a request body; none may throw or hang.
    private static bool Survives(byte[] body)
    {
        var result = CargoImpDecoder.Decode(body, Context(SampleClientKeys.Cathay));
        _ = CargoImpCheck.Check(body, Context());
        _ = result.Error is null ? AccsAnswer.Accepted(body, "A260115000000001") : AccsAnswer.Rejected(body, result.Error);
        _ = CargoImpHash.Compute(body);
        _ = AccsAnswer.TryRead(body, out _);
        _ = StatusFeed.TryRead(body, out _);
        _ = CustomsStatusNotification.TryRead(body, out _);
        return result.IsAccepted == (result.Message is not null) && (result.Error is null || AccsErrors.Codes.Contains(result.Error.Code));
    }

    [Property(MaxTest = 300)]
    public bool Random_bytes_never_throw(byte[] body) => Survives(body);

    [Property(MaxTest = 300)]
    public Property Random_cargo_imp_characters_never_throw() =>
        Prop.ForAll(
            Arb.From(Gen.ArrayOf(Gen.Elements("FWBHLM/0123456789 -.,TKPSCLASTNGRDUI\r\n".ToCharArray()))),
            chars => Survives(Encoding.ASCII.GetBytes(chars)));

    [Property(MaxTest = 500)]
    public Property Mutated_samples_never_throw() =>
        Prop.ForAll(Arb.From(MutatedSample), Survives);

    [Property(MaxTest = 200)]
    public Property Valid_fwb_models_encode_and_decode_back_to_equal_models() =>
        Prop.ForAll(Arb.From(ModelGenerators.Fwb), m => RoundTrips(m, Noon));

    [Property(MaxTest = 200)]
    public Property Valid_fhl_models_encode_and_decode_back_to_equal_models() =>
        Prop.ForAll(Arb.From(ModelGenerators.Fhl), m => RoundTrips(m, Noon));

    [Property(MaxTest = 200)]
    public Property Valid_ffm_models_encode_and_decode_back_to_equal_models() =>
        Prop.ForAll(
            Arb.From(from days in Gen.Choose(0, 3000)
                     let received = new DateOnly(2024, 1, 1).AddDays(days)
                     from m in ModelGenerators.Ffm(received)
                     select (m, received)),
            x => RoundTrips(x.m, SamplePlaceholders.NoonHongKong(x.received)));

    [Property(MaxTest = 200)]
    public Property Answers_to_any_model_read_back_with_their_echo() =>
        Prop.ForAll(Arb.From(ModelGenerators.Fwb), m =>
        {
            var body = CargoImpWriter.Write(m);
            return AccsAnswer.TryRead(AccsAnswer.Accepted(body, "A260115512345678"), out var answer)
                   && answer!.Echo.SequenceEqual(["FWB/16", m.Waybill.Text]);
        });

    [Property(MaxTest = 200)]
    public Property Csn_of_any_manifest_line_reads_back() =>
        Prop.ForAll(Arb.From(ModelGenerators.WaybillLine(inManifest: true)), line =>
        {
            var csn = CustomsStatusNotification.Create(line, ActionCode.PhysicalExamination, Noon, "CX251", "15JAN");
            return CustomsStatusNotification.TryRead(csn.ToBytes(), out var read) && read == csn && line.Text.StartsWith(read!.WaybillLine, StringComparison.Ordinal);
        });

    private static bool RoundTrips(CargoImpMessage model, DateTimeOffset receivedAt)
    {
        var bytes = CargoImpWriter.Write(model);
        var result = CargoImpDecoder.Decode(bytes, Context(at: receivedAt));
        if (result.Error is not null)
        {
            throw new InvalidOperationException($"{result.Error} for:\n{Encoding.ASCII.GetString(bytes)}");
        }

        return model.Equals(result.Message) && bytes.AsSpan().SequenceEqual(CargoImpWriter.Write(result.Message!));
    }

    private static Gen<byte[]> MutatedSample =>
        from file in Gen.Elements(Samples)
        from count in Gen.Choose(1, 5)
        from mutations in Gen.ListOf(
            from kind in Gen.Choose(0, 2)
            from position in Gen.Choose(0, 10_000)
            from value in Gen.Elements<byte>(0x00, 0x0A, 0x0D, 0x20, 0x2F, 0x2D, 0x2E, 0x41, 0x30, 0x39, 0x5A, 0x61, 0x80, 0xC3, 0xEF, 0xFF)
            select (kind, position, value),
            count)
        select ByteEdits.Apply(Sample(file), mutations);

    [Fact]
    public void A_generated_ffm_line_is_classified_like_its_block()
    {
        var line = AirWaybillLine.Create("160-12345675", "HKG", "LHR", ShipmentKind.Total, 1, "1");
        Assert.Equal(CargoClassification.Export, CargoClassifications.OfManifestBlock("HKG", "LHR"));
        Assert.Equal(CargoClassification.Import, CargoClassifications.OfManifestBlock("HKG", "HKG"));
        Assert.Equal(CargoClassification.Export, CargoClassifications.OfWaybill(line.Origin, line.Destination));
    }
}
