using BenchmarkDotNet.Attributes;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Codecs.Benchmarks;

/// <summary>GETS (CUSDEC/CUSRES): decode + stateless check, encode, and answer writing, per sample, at a fixed date.</summary>
[MemoryDiagnoser]
public class EdifactGetsBenchmarks
{
    private static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 3, 10));
    private byte[] body = [];
    private CusdecInterchange decoded = null!;
    private CusresInterchange answer = null!;
    private CheckContext context = null!;

    [Params("01-import-sea-accepted.edi", "02-export-air-late-penalty.edi", "04-two-messages-one-bad-unt.edi")]
    public string Sample { get; set; } = "01-import-sea-accepted.edi";

    [GlobalSetup]
    public void Setup()
    {
        body = ContractSamples.Read("gets/" + Sample, Noon);
        context = new CheckContext(Noon, SampleClientKeys.Tradelink);
        decoded = CusdecCodec.Decode(body)!;
        var envelope = EnvelopeReader.Open(body, EdifactInterface.Gets);
        answer = CusresAnswers.Interchange(AnswerEnvelope.For(envelope, null, Noon, "R0000000000001"),
            envelope.Messages.Select(m => CusresAnswers.Rejection(EdifactInterface.Gets, AnswerSubject.Of(envelope, m), Noon,
                [Strangler.Edifact.Checking.EdifactErrors.Of("E004")])));
    }

    [Benchmark]
    public MessageCheck DecodeAndCheck() => EdifactCheck.Check(body, context);

    [Benchmark]
    public CusdecInterchange? Decode() => CusdecCodec.Decode(body);

    [Benchmark]
    public byte[] Encode() => CusdecCodec.Encode(decoded);

    [Benchmark]
    public byte[] WriteAnswer() => CusresWriter.Write(answer);
}
