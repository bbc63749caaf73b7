using Strangler.Facade.Routing.Answers;
using Strangler.Facade.Routing.Edifact;

namespace Strangler.Facade.Routing.Tests.Answers;

/// <summary>Answers written as the contracts lay them out for the samples' expected outcomes (samples/README.md).</summary>
public sealed class IssuedReferenceReaderTests
{
    private const string GetsUnb = "UNA:+.? '\nUNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+261126:1200+R0000000000042'\n";

    private static IssuedReferences Read(ContractInterface contractInterface, string answer) =>
        IssuedReferenceReader.Read(contractInterface, Bodies.Utf8(answer));

    private static string Opening(string messageRef, string documentNumber, string outcome, string association = "HKGETS") =>
        $"UNH+{messageRef}+CUSRES:D:96B:UN:{association}'\nBGM+962+{documentNumber}+{outcome}'\nDTM+182:202611261200:203'\n" +
        $"RFF+ACW:IC0000004:{messageRef}'\n";

    [Fact]
    public void An_accepted_gets_declaration_issues_its_tdec_number_under_its_message_ref_with_the_answer_ref()
    {
        var answer = GetsUnb + Opening("M1", "LRN-2026-0001", "29") +
            "RFF+ABT:TD12611260000001'\nGIS+AC:HKS'\nMOA+161:7.00:HKD'\nUNT+8+M1'\nUNZ+1+R0000000000042'\n";

        var issued = Read(ContractInterface.Gets, answer);

        Assert.Equal(new IssuedReferences([("M1", "TD12611260000001")], "R0000000000042"), issued);
        Assert.Equal("M1=TD12611260000001", issued.IssuedHeader());
    }

    [Fact]
    public void The_two_message_sample_issues_only_for_the_accepted_message()
    {
        var answer = GetsUnb +
            Opening("M1", "LRN-2026-0004", "29") + "RFF+ABT:TD32611260000002'\nGIS+AC:HKS'\nMOA+161:0.20:HKD'\nUNT+8+M1'\n" +
            Opening("M2", "LRN-2026-0005", "27") + "ERP+1'\nERC+E003:HKE'\nFTX+AAO+++UNT SEGMENT COUNT OR MESSAGE REFERENCE WRONG'\nUNT+8+M2'\n" +
            "UNZ+2+R0000000000042'\n";

        var issued = Read(ContractInterface.Gets, answer);

        Assert.Equal([("M1", "TD32611260000002")], issued.Pairs);
        Assert.Equal("M1=TD32611260000002", issued.IssuedHeader());
    }

    [Fact]
    public void Several_accepted_messages_give_the_header_in_answer_order()
    {
        var answer = GetsUnb +
            Opening("M1", "A", "29") + "RFF+ABT:TD12611260000003'\nGIS+AC:HKS'\nUNT+7+M1'\n" +
            Opening("M2", "B", "29") + "RFF+ABT:TD42611260000004'\nGIS+AC:HKS'\nUNT+7+M2'\nUNZ+2+R0000000000042'\n";

        Assert.Equal("M1=TD12611260000003; M2=TD42611260000004", Read(ContractInterface.Gets, answer).IssuedHeader());
    }

    [Fact]
    public void An_accepted_eman_manifest_issues_its_eman_ref()
    {
        var answer = "UNA:+.? '\nUNB+UNOC:3+HKEMAN:ZZZ+CXCARGO:ZZZ+261126:1200+R0000000000007'\n" +
            Opening("M1", "CX251-HKG-IM", "29", "HKEMAN") + "RFF+ABT:EM42611260000001'\nGIS+AC:HKS'\nUNT+7+M1'\nUNZ+1+R0000000000007'\n";

        Assert.Equal(new IssuedReferences([("M1", "EM42611260000001")], "R0000000000007"), Read(ContractInterface.Eman, answer));
    }

    [Theory]
    [InlineData("ERP+1'\nERC+E015:HKE'\nFTX+AAO+++GOODS DESCRIPTION TOO VAGUE'\n")]
    [InlineData("GIS+QD:HKS'\n")]
    [InlineData("RFF+ABT:NOT-A-NUMBER'\n")]
    [InlineData("RFF+ABT:C261126000000013'\n")]
    public void A_rejection_a_queued_answer_or_an_unreadable_reference_issues_nothing_but_keeps_the_answer_ref(string segments)
    {
        var answer = GetsUnb + Opening("M1", "LRN-2026-0003", "27") + segments + "UNT+7+M1'\nUNZ+1+R0000000000042'\n";

        var issued = Read(ContractInterface.Gets, answer);

        Assert.Equal(IssuedReferences.None with { AnswerRef = "R0000000000042" }, issued);
        Assert.Null(issued.IssuedHeader());
    }

    [Theory]
    [InlineData("IC0000001")]
    [InlineData("R00000000004")]
    [InlineData("R00000000000421")]
    public void An_answer_interchange_ref_that_is_not_r_and_13_digits_is_not_taken(string reference)
    {
        var answer = $"UNB+UNOC:3+HKGETS:ZZZ+X:ZZZ+261126:1200+{reference}'" + Opening("M1", "L", "29") +
            "RFF+ABT:TD12611260000001'UNT+5+M1'UNZ+1+X'";

        Assert.Equal(new IssuedReferences([("M1", "TD12611260000001")], null), Read(ContractInterface.Gets, answer));
    }

    [Fact]
    public void An_envelope_rejection_issues_nothing()
    {
        var answer = GetsUnb + "UNH+1+CUSRES:D:96B:UN:HKGETS'\nBGM+962+IC0000001+27'\nDTM+182:202611261200:203'\n" +
            "RFF+ACW:IC0000001'\nERP+1'\nERC+E001:HKE'\nFTX+AAO+++INTERCHANGE ENVELOPE INVALID'\nUNT+8+1'\nUNZ+1+R0000000000042'\n";

        Assert.Empty(Read(ContractInterface.Gets, answer).Pairs);
    }

    [Fact]
    public void An_accepted_aci_issues_its_ccrn_and_a_rejected_one_nothing()
    {
        const string accepted = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0001</MessageId>" +
            "<Status>ACCEPTED</Status><Ccrn>C261126000000013</Ccrn><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt></AciResponse>";
        const string rejected = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0002</MessageId>" +
            "<Status>REJECTED</Status><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt><Errors><Error code=\"R010\">" +
            "ExpectedCrossing must be 30 minutes to 14 days after receipt.</Error></Errors></AciResponse>";

        var issued = Read(ContractInterface.Rocars, accepted);

        Assert.Equal(new IssuedReferences([("aci", "C261126000000013")], null), issued);
        Assert.Equal("aci=C261126000000013", issued.IssuedHeader());
        Assert.Equal(IssuedReferences.None, Read(ContractInterface.Rocars, rejected));
    }

    [Theory]
    [InlineData("BUNDLED", "B26112600000001", "bundle=B26112600000001")]
    [InlineData("UNBUNDLED", "B26112600000001", null)]
    [InlineData("BUNDLED", "B2611260000000", null)]
    public void A_bundled_answer_issues_its_bundle_ref_and_an_unbundled_one_nothing(string status, string bundleRef, string? header)
    {
        var answer = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><BundleResponse xmlns=\"urn:hk:rocars:1\"><MessageId>BND-0001</MessageId>" +
            $"<Status>{status}</Status><BundleRef>{bundleRef}</BundleRef><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt></BundleResponse>";

        Assert.Equal(header, Read(ContractInterface.Rocars, answer).IssuedHeader());
    }

    [Theory]
    [InlineData("<AciResponse xmlns=\"urn:other\"><Status>ACCEPTED</Status><Ccrn>C261126000000013</Ccrn></AciResponse>")]
    [InlineData("<AciResponse xmlns=\"urn:hk:rocars:1\"><Status>ACCEPTED</Status><Ccrn>C261126000000014</Ccrn></AciResponse>")]
    [InlineData("<AciResponse xmlns=\"urn:hk:rocars:1\"><Status>ACCEPTED</Status><Ccrn>C261126000000013</Ccrn>")]
    [InlineData("")]
    public void A_rocars_answer_that_is_foreign_malformed_or_names_a_bad_ccrn_issues_nothing(string answer) =>
        Assert.Equal(IssuedReferences.None, Read(ContractInterface.Rocars, answer));

    [Fact]
    public void An_fma_issues_its_receipt_and_an_fna_nothing()
    {
        var fma = Read(ContractInterface.Accs, "FMA/1\r\nACK/ACCEPTED/A261126000000001\r\nFWB/16\r\n160-12345675HKGLHR/T10K100.0MC0.72\r\n");
        var fna = Read(ContractInterface.Accs, "FNA/1\r\nACK/A010/AIR WAYBILL CHECK DIGIT WRONG\r\nFWB/16\r\n160-12345676HKGLHR/T10K100.0\r\n");

        Assert.Equal(new IssuedReferences([("receipt", "A261126000000001")], null), fma);
        Assert.Equal("receipt=A261126000000001", fma.IssuedHeader());
        Assert.Equal(IssuedReferences.None, fna);
    }

    [Theory]
    [InlineData("FMA/1\r\nACK/ACCEPTED/A26112600000001\r\n")]
    [InlineData("FMA/1\r\nACK/ACCEPTED/B261126000000001\r\n")]
    [InlineData("FMA/1\r\n")]
    [InlineData("CSN/1\r\nACK/ACCEPTED/A261126000000001\r\n")]
    public void An_accs_answer_without_a_well_formed_receipt_issues_nothing(string answer) =>
        Assert.Equal(IssuedReferences.None, Read(ContractInterface.Accs, answer));

    [Fact]
    public void For_new_documents_drops_the_number_an_amendment_keeps_and_keeps_the_originals()
    {
        var request = EdifactRequestReader.Read(Bodies.Utf8(
            "UNB+UNOC:3+TRADELINK01:ZZZ+HKGETS:ZZZ+261126:1200+IC1'" +
            "UNH+M1+CUSDEC:D:96B:UN:HKTDEC'BGM+830+A+9'TDT+20++1'UNT+4+M1'" +
            "UNH+M2+CUSDEC:D:96B:UN:HKTDEC'BGM+830+B+5'RFF+ABT:TD12611250000009'TDT+20++1'UNT+5+M2'UNZ+2+IC1'"));
        var answer = GetsUnb +
            Opening("M1", "A", "29") + "RFF+ABT:TD12611260000010'GIS+AC:HKS'UNT+7+M1'" +
            Opening("M2", "B", "29") + "RFF+ABT:TD12611250000009'GIS+AC:HKS'UNT+7+M2'UNZ+2+R0000000000042'";

        var issued = Read(ContractInterface.Gets, answer).ForNewDocuments(request!);

        Assert.Equal(new IssuedReferences([("M1", "TD12611260000010")], "R0000000000042"), issued);
    }
}
