using BenchmarkDotNet.Attributes;
using Strangler.Contracts.Checking;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Testing;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Codecs.Benchmarks;

/// <summary>ROCARS XML: decode + stateless checks of the samples, and writing each answer and request.</summary>
[MemoryDiagnoser]
public class RocarsBenchmarks
{
    private static readonly DateTimeOffset Now = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 11, 26));
    private static readonly string Ccrn = CcrnNumber.Create(new DateOnly(2026, 11, 26), 1);

    private readonly CheckContext context = new(Now, SampleClientKeys.Shipper);
    private readonly CheckContext driver = new(Now, SampleClientKeys.Driver);
    private byte[] aci = [];
    private byte[] vague = [];
    private byte[] bundle = [];
    private byte[] notWellFormed = [];
    private byte[] deeplyNested = [];
    private AciSubmission submission = null!;
    private BundleSubmission bundleSubmission = null!;
    private AciRecord record = null!;

    [GlobalSetup]
    public void Setup()
    {
        aci = ContractSamples.Read("rocars/01-aci-accepted.xml", Now);
        vague = ContractSamples.Read("rocars/03-aci-vague-rejected.xml", Now);
        bundle = ContractSamples.Read("rocars/04-bundle.xml", Now, _ => Ccrn);
        notWellFormed = ContractSamples.Read("rocars/06-not-well-formed.xml", Now);
        // A body of almost 1 MiB that is one unknown element nested ~150,000 deep: must stay linear.
        var text = System.Text.Encoding.UTF8.GetString(aci);
        var depth = (1_048_576 - text.Length) / 7;
        var nesting = new System.Text.StringBuilder().Insert(0, "<a>", depth).Insert(depth * 3, "</a>", depth).ToString();
        deeplyNested = System.Text.Encoding.UTF8.GetBytes(text.Replace("</Function>", "</Function>" + nesting, StringComparison.Ordinal));
        submission = RocarsReader.ReadAciSubmission(aci, RocarsEndpoint.Aci).Document!;
        bundleSubmission = RocarsReader.ReadBundleSubmission(bundle).Document!;
        record = new AciRecord(Ccrn, AciRecordStatus.Bundled, 1, Now, null, submission.Lodgement!, "B26112600000001");
    }

    [Benchmark]
    public int DecodeAciSubmission() => RocarsRequests.DecodeAci(aci, RocarsEndpoint.Aci, context).Errors.Count;

    [Benchmark]
    public int DecodeVagueAciSubmission() => RocarsRequests.DecodeAci(vague, RocarsEndpoint.Aci, context).Errors.Count;

    [Benchmark]
    public int DecodeBundleSubmission() => RocarsRequests.DecodeBundle(bundle, driver).Errors.Count;

    [Benchmark]
    public int DecodeNotWellFormed() => RocarsRequests.DecodeAci(notWellFormed, RocarsEndpoint.Aci, context).Errors.Count;

    [Benchmark]
    public int DecodeMebibyteOfNesting() => RocarsRequests.DecodeAci(deeplyNested, RocarsEndpoint.Aci, context).Errors.Count;

    [Benchmark]
    public int EncodeAciSubmission() => RocarsWriter.Write(submission).Length;

    [Benchmark]
    public int EncodeAciResponseAccepted() => RocarsWriter.Write(AciResponse.Accepted("ACI-0001", Ccrn, Now)).Length;

    [Benchmark]
    public int EncodeAciResponseRejected() =>
        RocarsWriter.Write(AciResponse.Rejected("ACI-0003", Now, [RocarsErrors.Error(RocarsErrors.R012)])).Length;

    [Benchmark]
    public int EncodeAciRecord() => RocarsWriter.Write(record).Length;

    [Benchmark]
    public int EncodeBundleSubmission() => RocarsWriter.Write(bundleSubmission).Length;

    [Benchmark]
    public int EncodeBundleResponse() => RocarsWriter.Write(BundleResponse.Bundled("BND-0001", "B26112600000001", Now)).Length;
}
