using System.Text;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Clients;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using static Strangler.Edifact.Tests.Cuscar.CuscarExamples;

namespace Strangler.Edifact.Tests.Cuscar;

public sealed class CuscarSampleTests
{
    private static byte[] Sample(string file) => ContractSamples.Read("eman/" + file, Now);

    private static CuscarDecoded Decode(string file, ClientAuthority key) => CuscarCodec.Decode(Sample(file), new CheckContext(Now, key));

    private static string Codes(CuscarDecoded decoded) =>
        string.Join(",", decoded.Messages.SelectMany(m => m.Verdict.Errors).Select(e => e.Code));

    [Fact]
    public void Sample_01_sea_import_statement_1_is_accepted_and_reads_as_its_model()
    {
        var decoded = Decode("01-sea-import-s1-accepted.edi", SampleClientKeys.Msc);
        Assert.True(decoded.Envelope.IsAccepted);
        var message = Assert.Single(decoded.Messages);
        Assert.Equal("", Codes(decoded));
        Assert.Equal(4, message.Verdict.Phase);
        Assert.Equal(SeaImport(Now), message.Manifest);
        Assert.Equal([CusresAnswers.Accepted], EmanAnswers.Statuses(message.Manifest!, Now));
    }

    [Fact]
    public void Sample_01_acknowledgement_with_a_given_EMAN_ref_is_exact_bytes()
    {
        var decoded = Decode("01-sea-import-s1-accepted.edi", SampleClientKeys.Msc);
        var message = decoded.Messages[0];
        var emanRef = EmanReference.Create(Contracts.CodeLists.TransportMode.Maritime, DateOnly.FromDateTime(Now.DateTime), 1);
        var answer = EmanAnswers.Accepted(AnswerSubject.Of(decoded.Envelope, message.Message), message.Manifest!, Now, emanRef);
        var envelope = AnswerEnvelope.For(decoded.Envelope, SampleClientKeys.Msc.EdifactPartyId, Now, "R0000000000001");
        var bytes = CusresWriter.Write(CusresAnswers.Interchange(envelope, [answer]));

        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKEMAN:ZZZ+MSCUAGENT:ZZZ+260115:1200+R0000000000001'\n" +
            "UNH+M1+CUSRES:D:96B:UN:HKEMAN'\n" +
            "BGM+962+MSC-V123E-HKG-IM+29'\n" +
            "DTM+182:202601151200:203'\n" +
            "RFF+ACW:EM0000001:M1'\n" +
            "RFF+ABT:EM12601150000001'\n" +
            "GIS+AC:HKS'\n" +
            "UNT+7+M1'\n" +
            "UNZ+1+R0000000000001'\n",
            Encoding.UTF8.GetString(bytes));
        var read = CusresReader.Read(bytes);
        Assert.True(read.IsRead, read.Problem);
        Assert.Equal(answer, Assert.Single(read.Answer!.Messages));
    }

    [Fact]
    public void Sample_02_bad_container_check_digit_is_answered_E031_only()
    {
        var decoded = Decode("02-bad-container-check-digit.edi", SampleClientKeys.Msc);
        Assert.Equal("E031", Codes(decoded));
        Assert.Equal("CONTAINER NUMBER INVALID OR REPEATED", decoded.Messages[0].Verdict.Errors[0].Text);
        Assert.NotNull(decoded.Messages[0].Manifest);
    }

    [Fact]
    public void Sample_03_air_import_statement_2_is_accepted_without_late_flag()
    {
        var decoded = Decode("03-air-import-s2-accepted.edi", SampleClientKeys.Cathay);
        Assert.Equal("", Codes(decoded));
        var manifest = decoded.Messages[0].Manifest!;
        Assert.Equal(AirImport(Now), manifest);
        Assert.Equal([CusresAnswers.Accepted], EmanAnswers.Statuses(manifest, Now));
        Assert.Equal([CusresAnswers.Accepted, CusresAnswers.Late], EmanAnswers.Statuses(manifest, Now.AddDays(13)));
    }

    [Fact]
    public void Sample_03_under_a_key_not_acting_for_CX_is_E011() =>
        Assert.Equal("E011", Codes(Decode("03-air-import-s2-accepted.edi", SampleClientKeys.Msc)));

    [Fact]
    public void Sample_04_package_total_mismatch_is_answered_E014_only() =>
        Assert.Equal("E014", Codes(Decode("04-package-total-mismatch.edi", SampleClientKeys.Msc)));

    [Theory]
    [InlineData("01-sea-import-s1-accepted.edi")]
    [InlineData("02-bad-container-check-digit.edi")]
    [InlineData("03-air-import-s2-accepted.edi")]
    [InlineData("04-package-total-mismatch.edi")]
    public void Encoding_a_decoded_sample_gives_its_bytes_back(string file)
    {
        var bytes = Sample(file);
        var interchange = CuscarCodec.Decode(bytes, new CheckContext(Now)).ToInterchange();
        Assert.NotNull(interchange);
        var encoded = CuscarCodec.Encode(interchange);
        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(encoded));
        Assert.Equal(interchange, CuscarCodec.Decode(encoded, new CheckContext(Now)).ToInterchange());
    }

    [Fact]
    public void Edifact_check_dispatches_EMAN_bodies_to_CUSCAR()
    {
        var check = EdifactCheck.Check(Sample("04-package-total-mismatch.edi"), new CheckContext(Now, SampleClientKeys.Msc));
        Assert.Equal("CUSCAR", check.MessageType);
        Assert.Equal("E014", Assert.Single(check.Errors).Code);
        var ok = EdifactCheck.Check(Sample("01-sea-import-s1-accepted.edi"), new CheckContext(Now, SampleClientKeys.Msc));
        Assert.True(ok.IsValid);
        Assert.Contains(ok.Summary, l => l.Contains("MSC-V123E-HKG-IM", StringComparison.Ordinal));
    }
}
