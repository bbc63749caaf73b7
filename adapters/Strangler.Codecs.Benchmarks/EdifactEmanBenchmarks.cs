using BenchmarkDotNet.Attributes;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;

namespace Strangler.Codecs.Benchmarks;

/// <summary>EMAN (CUSCAR): decode with every stateless check, canonical encode, and the CUSRES acknowledgement, per sample manifest.</summary>
[MemoryDiagnoser]
public class EdifactEmanBenchmarks
{
    private static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 1, 15));

    private CheckContext _context = null!;
    private byte[] _body = [];
    private CuscarDecoded _decoded = null!;
    private CuscarInterchange _interchange = null!;

    [Params("01-sea-import-s1-accepted.edi", "03-air-import-s2-accepted.edi")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _context = new CheckContext(Noon, Sample.Contains("air", StringComparison.Ordinal) ? SampleClientKeys.Cathay : SampleClientKeys.Msc);
        _body = ContractSamples.Read("eman/" + Sample, Noon);
        _decoded = CuscarCodec.Decode(_body, _context);
        _interchange = _decoded.ToInterchange() ?? throw new InvalidOperationException($"{Sample} does not decode.");
    }

    [Benchmark]
    public CuscarDecoded DecodeAndCheck() => CuscarCodec.Decode(_body, _context);

    [Benchmark]
    public byte[] Encode() => CuscarCodec.Encode(_interchange);

    [Benchmark]
    public byte[] Acknowledgement()
    {
        var message = _decoded.Messages[0];
        var answer = EmanAnswers.Accepted(AnswerSubject.Of(_decoded.Envelope, message.Message), message.Manifest!, Noon, "EM12601150000001");
        var envelope = AnswerEnvelope.For(_decoded.Envelope, "MSCUAGENT", Noon, "R0000000000001");
        return CusresWriter.Write(CusresAnswers.Interchange(envelope, [answer]));
    }
}
