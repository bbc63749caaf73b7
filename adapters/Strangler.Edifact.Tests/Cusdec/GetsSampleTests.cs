using System.Text;
using Strangler.Contracts.Checking;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Cusres;

namespace Strangler.Edifact.Tests.Cusdec;

public sealed class GetsSampleTests
{
    [Fact]
    public void Sample_01_is_accepted_with_charge_7_00_and_exact_answer_bytes()
    {
        var answer = GetsSampleAnswering.Answer(TestBodies.Gets("01-import-sea-accepted.edi"), GetsSampleAnswering.Context());

        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+260310:1200+R0000000000001'\n" +
            "UNH+M1+CUSRES:D:96B:UN:HKGETS'\n" +
            "BGM+962+LRN-2026-0001+29'\n" +
            "DTM+182:202603101200:203'\n" +
            "RFF+ACW:IC0000001:M1'\n" +
            "RFF+ABT:TD12603100000000'\n" +
            "GIS+AC:HKS'\n" +
            "MOA+161:7.00:HKD'\n" +
            "UNT+8+M1'\n" +
            "UNZ+1+R0000000000001'\n",
            Encoding.UTF8.GetString(CusresWriter.Write(answer)));
    }

    [Fact]
    public void Sample_02_is_accepted_with_charge_0_20_and_penalty_20_00()
    {
        var message = GetsSampleAnswering.Answer(TestBodies.Gets("02-export-air-late-penalty.edi"), GetsSampleAnswering.Context()).Messages.Single();

        Assert.True(message.Accepted);
        Assert.StartsWith("TD4260310", message.IssuedReference, StringComparison.Ordinal);
        Assert.Equal([new CusresAmount("161", "0.20"), new CusresAmount("55", "20.00")], message.Amounts);
    }

    [Fact]
    public void Sample_03_is_rejected_with_E015_only()
    {
        var message = GetsSampleAnswering.Answer(TestBodies.Gets("03-vague-description-rejected.edi"), GetsSampleAnswering.Context()).Messages.Single();

        Assert.False(message.Accepted);
        Assert.Equal(["E015"], message.Errors.Select(e => e.Code));
        Assert.Equal("GOODS DESCRIPTION TOO VAGUE", message.Errors[0].Text);
    }

    [Fact]
    public void Sample_04_accepts_M1_as_form_1A_and_rejects_M2_with_E003_in_exact_bytes()
    {
        var answer = GetsSampleAnswering.Answer(TestBodies.Gets("04-two-messages-one-bad-unt.edi"), GetsSampleAnswering.Context(), "R0000000000042");

        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+260310:1200+R0000000000042'\n" +
            "UNH+M1+CUSRES:D:96B:UN:HKGETS'\n" +
            "BGM+962+LRN-2026-0004+29'\n" +
            "DTM+182:202603101200:203'\n" +
            "RFF+ACW:IC0000004:M1'\n" +
            "RFF+ABT:TD32603100000000'\n" +
            "GIS+AC:HKS'\n" +
            "MOA+161:0.20:HKD'\n" +
            "UNT+8+M1'\n" +
            "UNH+M2+CUSRES:D:96B:UN:HKGETS'\n" +
            "BGM+962+LRN-2026-0005+27'\n" +
            "DTM+182:202603101200:203'\n" +
            "RFF+ACW:IC0000004:M2'\n" +
            "ERP+1'\n" +
            "ERC+E003:HKE'\n" +
            "FTX+AAO+++UNT SEGMENT COUNT OR MESSAGE REFERENCE WRONG'\n" +
            "UNT+8+M2'\n" +
            "UNZ+2+R0000000000042'\n",
            Encoding.UTF8.GetString(CusresWriter.Write(answer)));
    }

    [Fact]
    public void Sample_05_is_E004_only_under_the_legacy_profile()
    {
        var message = GetsSampleAnswering.Answer(TestBodies.Gets("05-pre-shipment-new-core.edi"), GetsSampleAnswering.Context()).Messages.Single();

        Assert.False(message.Accepted);
        Assert.Equal(["E004"], message.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Sample_05_is_accepted_with_charge_25_70_under_the_new_core_profile()
    {
        var message = GetsSampleAnswering.Answer(TestBodies.Gets("05-pre-shipment-new-core.edi"), GetsSampleAnswering.Context(RuleProfile.NewCore)).Messages.Single();

        Assert.True(message.Accepted);
        Assert.StartsWith("TD4", message.IssuedReference, StringComparison.Ordinal);
        Assert.Equal([new CusresAmount("161", "25.70")], message.Amounts);
    }

    [Theory]
    [InlineData("01-import-sea-accepted.edi", true)]
    [InlineData("02-export-air-late-penalty.edi", true)]
    [InlineData("03-vague-description-rejected.edi", false)]
    [InlineData("04-two-messages-one-bad-unt.edi", false)]
    [InlineData("05-pre-shipment-new-core.edi", false)]
    public void EdifactCheck_gives_the_sample_verdict(string file, bool valid)
    {
        var check = EdifactCheck.Check(TestBodies.Gets(file), GetsSampleAnswering.Context());

        Assert.Equal(valid, check.IsValid);
        Assert.Equal("CUSDEC", check.MessageType);
    }

    [Fact]
    public void EdifactCheck_names_each_error_by_its_message_ref()
    {
        var check = EdifactCheck.Check(TestBodies.Gets("04-two-messages-one-bad-unt.edi"), GetsSampleAnswering.Context());

        var error = Assert.Single(check.Errors);
        Assert.Equal(("E003", "M2"), (error.Code, error.Where));
        Assert.Contains(check.Summary, line => line.Contains("LRN LRN-2026-0004", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("01-import-sea-accepted.edi")]
    [InlineData("02-export-air-late-penalty.edi")]
    [InlineData("03-vague-description-rejected.edi")]
    [InlineData("04-two-messages-one-bad-unt.edi")]
    [InlineData("05-pre-shipment-new-core.edi")]
    public void Decoding_then_encoding_a_sample_gives_its_bytes_back_and_decodes_equal(string file)
    {
        var body = TestBodies.Gets(file);
        var decoded = CusdecCodec.Decode(body)!;
        var encoded = CusdecCodec.Encode(decoded);

        Assert.Equal(CusdecCodec.Decode(encoded), decoded);
        if (file != "04-two-messages-one-bad-unt.edi")
        {
            // Sample 04's M2 carries a wrong UNT count on purpose; the encoder writes the right one.
            Assert.Equal(Encoding.UTF8.GetString(body), Encoding.UTF8.GetString(encoded));
        }
    }

    [Fact]
    public void Answers_read_back_into_the_same_model()
    {
        foreach (var file in new[] { "01-import-sea-accepted.edi", "03-vague-description-rejected.edi", "04-two-messages-one-bad-unt.edi" })
        {
            var answer = GetsSampleAnswering.Answer(TestBodies.Gets(file), GetsSampleAnswering.Context());

            var read = CusresReader.Read(CusresWriter.Write(answer));

            Assert.Null(read.Problem);
            Assert.Equal(answer, read.Answer);
        }
    }
}
