using Strangler.Contracts.Testing;
using Strangler.RocarsXml.Documents;
using static Strangler.RocarsXml.Tests.Fixture;

namespace Strangler.RocarsXml.Tests;

public sealed class SampleTests
{
    [Fact]
    public void The_fixture_ccrn_is_the_one_of_the_contract_example()
    {
        Assert.Equal("C261126000000013", Ccrn);
    }

    [Fact]
    public void Sample_01_is_a_valid_original_and_its_accepted_answer_has_the_contract_shape()
    {
        var request = RocarsRequests.DecodeAci(Sample("01-aci-accepted.xml"), RocarsEndpoint.Aci, Context(SampleClientKeys.Shipper));

        Assert.Empty(request.Errors);
        Assert.Equal("ACI-0001", request.AnswerMessageId);
        var submission = request.Document!;
        Assert.Equal(AciFunction.Original, submission.Function);
        Assert.Null(submission.Ccrn);
        Assert.Null(submission.Source);
        var lodgement = submission.Lodgement!;
        Assert.Equal(CrossingDirection.Import, lodgement.Direction);
        Assert.Equal("LMC", lodgement.ControlPoint);
        Assert.Equal(Now.AddHours(3), lodgement.ExpectedCrossing);
        Assert.Equal(new Party("SWIFT FORWARDING LTD", "8 CANTON ROAD, TSIM SHA TSUI"), lodgement.Shipper);
        Assert.Equal(new Packages(40, "CARTONS"), lodgement.Packages);
        Assert.Equal(new Article("MOBILE PHONE PARTS", "85177900", 420.5m, 88000m), Assert.Single(lodgement.Articles));

        var answer = RocarsWriter.Write(AciResponse.Accepted(request.AnswerMessageId, Ccrn, Now));
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0001</MessageId>" +
            "<Status>ACCEPTED</Status><Ccrn>C261126000000013</Ccrn><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt></AciResponse>",
            Text(answer));
    }

    [Fact]
    public void Sample_01_written_back_is_its_canonical_form()
    {
        var read = RocarsReader.ReadAciSubmission(Sample("01-aci-accepted.xml"), RocarsEndpoint.Aci);

        Assert.Equal(Aci, Text(RocarsWriter.Write(read.Document!)));
    }

    [Fact]
    public void Sample_02_is_answered_R010_only_with_the_contract_text()
    {
        var request = RocarsRequests.DecodeAci(Sample("02-aci-too-late-rejected.xml"), RocarsEndpoint.Aci, Context(SampleClientKeys.Shipper));

        Assert.Equal(["R010"], Codes(request));
        Assert.True(request.IsRecorded);
        var answer = RocarsWriter.Write(AciResponse.Rejected(request.AnswerMessageId, Now, request.WithStoreErrors([])));
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0002</MessageId>" +
            "<Status>REJECTED</Status><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt><Errors><Error code=\"R010\">" +
            "ExpectedCrossing must be 30 minutes to 14 days after receipt.</Error></Errors></AciResponse>",
            Text(answer));
    }

    [Fact]
    public void Sample_03_is_answered_R012_only()
    {
        Assert.Equal(["R012"], Codes(RocarsRequests.DecodeAci(Sample("03-aci-vague-rejected.xml"), RocarsEndpoint.Aci, Context(SampleClientKeys.Shipper))));
    }

    [Fact]
    public void Sample_04_is_a_valid_bundle_of_the_ccrn_of_sample_01()
    {
        var request = RocarsRequests.DecodeBundle(Sample("04-bundle.xml"), Context(SampleClientKeys.Driver));

        Assert.Empty(request.Errors);
        Assert.Equal(
            new BundleSubmission("BND-0001", "AB1234", CrossingDirection.Import, "LMC", Now.AddHours(2), new EquatableList<string>([Ccrn])),
            request.Document);
        Assert.Equal(Bundle, Text(RocarsWriter.Write(request.Document!)));
    }

    [Fact]
    public void Sample_05_is_a_valid_amend_whose_R021_comes_from_the_store()
    {
        var request = RocarsRequests.DecodeAci(Sample("05-amend-bundled-rejected.xml"), RocarsEndpoint.Aci, Context(SampleClientKeys.Shipper));

        Assert.Empty(request.Errors);
        Assert.Equal(AciFunction.Amend, request.Document!.Function);
        Assert.Equal(Ccrn, request.Document.Ccrn);
        Assert.False(request.IsRejectedAlone);
        Assert.Equal(["R021"], request.WithStoreErrors([RocarsErrors.Error("R021")]).Select(e => e.Code));
    }

    [Fact]
    public void Sample_06_is_R001_with_an_empty_message_id_and_not_recorded()
    {
        var request = RocarsRequests.DecodeAci(Sample("06-not-well-formed.xml"), RocarsEndpoint.Aci, Context(SampleClientKeys.Shipper));

        Assert.Equal(["R001"], Codes(request));
        Assert.Equal(string.Empty, request.AnswerMessageId);
        Assert.False(request.IsRecorded);
        Assert.True(request.IsRejectedAlone);
        var answer = Text(RocarsWriter.Write(AciResponse.Rejected(request.AnswerMessageId, Now, request.Errors)));
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId></MessageId>" +
            "<Status>REJECTED</Status><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt><Errors><Error code=\"R001\">" +
            "The message is not well-formed or does not match the layout.</Error></Errors></AciResponse>",
            answer);
    }

    [Theory]
    [InlineData("01-aci-accepted.xml", "AciSubmission", "")]
    [InlineData("02-aci-too-late-rejected.xml", "AciSubmission", "R010")]
    [InlineData("03-aci-vague-rejected.xml", "AciSubmission", "R012")]
    [InlineData("04-bundle.xml", "BundleSubmission", "")]
    [InlineData("05-amend-bundled-rejected.xml", "AciSubmission", "")]
    [InlineData("06-not-well-formed.xml", "unknown", "R001")]
    public void Check_infers_the_endpoint_of_every_sample_and_reports_its_stateless_codes(string file, string type, string codes)
    {
        var check = RocarsCheck.Check(Sample(file), Context());

        Assert.Equal("ROCARS XML", check.Syntax);
        Assert.Equal(type, check.MessageType);
        Assert.Equal(codes, string.Join(' ', check.Errors.Select(e => e.Code)));
        Assert.NotEmpty(check.Summary);
    }

    [Fact]
    public void Every_rocars_sample_is_covered()
    {
        Assert.Equal(6, ContractSamples.Files("rocars").Count);
    }
}
