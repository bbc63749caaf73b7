using BenchmarkDotNet.Attributes;
using Strangler.CargoImp;
using Strangler.CargoImp.Answers;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;

namespace Strangler.Codecs.Benchmarks;

/// <summary>Cargo-IMP: decode with every stateless check, canonical encode, and the FMA answer, per message type.</summary>
[MemoryDiagnoser]
public class CargoImpBenchmarks
{
    private static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 1, 15));

    private readonly CheckContext _context = new(Noon, SampleClientKeys.Hactl);
    private byte[] _body = [];
    private CargoImpMessage _message = null!;

    [Params("01-fwb-accepted.txt", "02-fhl-accepted.txt", "03-ffm-accepted.txt")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _body = ContractSamples.Read("accs/" + Sample, Noon);
        _message = CargoImpDecoder.Decode(_body, _context).Message
            ?? throw new InvalidOperationException($"{Sample} does not decode.");
    }

    [Benchmark]
    public CargoImpDecodeResult DecodeAndCheck() => CargoImpDecoder.Decode(_body, _context);

    [Benchmark]
    public byte[] Encode() => CargoImpWriter.Write(_message);

    [Benchmark]
    public byte[] AnswerAccepted() => AccsAnswer.Accepted(_body, "A260115000000001");

    [Benchmark]
    public byte[] IdempotencyHash() => CargoImpHash.Compute(_body);
}
