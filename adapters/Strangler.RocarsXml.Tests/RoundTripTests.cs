using Strangler.Contracts.Checking;
using Strangler.RocarsXml.Documents;
using static Strangler.RocarsXml.Tests.Fixture;

namespace Strangler.RocarsXml.Tests;

public sealed class RoundTripTests
{
    public static TheoryData<string> CanonicalAnswers =>
    [
        Declaration + "<AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0001</MessageId><Status>ACCEPTED</Status><Ccrn>C261126000000013</Ccrn><ReceivedAt>2026-11-26T10:00:00+08:00</ReceivedAt></AciResponse>",
        Declaration + "<AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId>ACI-0002</MessageId><Status>REJECTED</Status><ReceivedAt>2026-11-26T10:00:00+08:00</ReceivedAt><Errors><Error code=\"R010\">ExpectedCrossing must be 30 minutes to 14 days after receipt.</Error></Errors></AciResponse>",
        Declaration + "<AciResponse xmlns=\"urn:hk:rocars:1\"><MessageId></MessageId><Status>REJECTED</Status><ReceivedAt>2026-11-26T10:00:00+08:00</ReceivedAt><Errors><Error code=\"R001\">The message is not well-formed or does not match the layout.</Error></Errors></AciResponse>",
        Declaration + "<BundleResponse xmlns=\"urn:hk:rocars:1\"><MessageId>BND-0001</MessageId><Status>BUNDLED</Status><BundleRef>B26112600000001</BundleRef><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt></BundleResponse>",
        Declaration + "<BundleResponse xmlns=\"urn:hk:rocars:1\"><MessageId>BND-0009</MessageId><Status>REJECTED</Status><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt><Errors><Error code=\"R011\">Unknown control point.</Error><Error code=\"R031\">CCRN unknown, cancelled, or already in a live bundle.</Error></Errors></BundleResponse>",
        Declaration + "<ClearanceInstruction xmlns=\"urn:hk:rocars:1\"><Vrn>AB1234</Vrn><BundleRef>B26112600000001</BundleRef><ControlPoint>LMC</ControlPoint><Instruction>GO</Instruction><IssuedAt>2026-11-26T12:00:00+08:00</IssuedAt></ClearanceInstruction>",
        Declaration + "<AciRecord xmlns=\"urn:hk:rocars:1\"><Ccrn>C261126000000013</Ccrn><Status>CANCELLED</Status><Version>2</Version><ReceivedAt>2026-11-26T12:30:00+08:00</ReceivedAt><Source>CNSW</Source>" + Fixture.Lodgement + "</AciRecord>",
    ];

    [Theory]
    [MemberData(nameof(CanonicalAnswers))]
    public void A_canonical_answer_read_and_written_again_is_byte_identical(string canonical)
    {
        var bytes = Bytes(canonical);
        var root = canonical[(Declaration.Length + 1)..canonical.IndexOf(' ', Declaration.Length)];

        var written = root switch
        {
            "AciResponse" => RocarsWriter.Write(Ok(RocarsReader.ReadAciResponse(bytes))),
            "BundleResponse" => RocarsWriter.Write(Ok(RocarsReader.ReadBundleResponse(bytes))),
            "ClearanceInstruction" => RocarsWriter.Write(Ok(RocarsReader.ReadClearanceInstruction(bytes))),
            "AciRecord" => RocarsWriter.Write(Ok(RocarsReader.ReadAciRecord(bytes))),
            _ => throw new InvalidOperationException(root),
        };

        Assert.Equal(canonical, Text(written));
    }

    [Theory]
    [InlineData(Aci, RocarsEndpoint.Aci)]
    [InlineData(Declaration + "<AciSubmission xmlns=\"urn:hk:rocars:1\"><MessageId>S-1</MessageId><Function>AMEND</Function><Ccrn>C261126000000013</Ccrn><Source>CNSW</Source>" + Fixture.Lodgement + "</AciSubmission>", RocarsEndpoint.Ssdd)]
    [InlineData(Declaration + "<AciSubmission xmlns=\"urn:hk:rocars:1\"><MessageId>S-2</MessageId><Function>CANCEL</Function><Ccrn>C261126000000013</Ccrn></AciSubmission>", RocarsEndpoint.Aci)]
    public void A_canonical_submission_read_and_written_again_is_byte_identical(string canonical, RocarsEndpoint endpoint)
    {
        Assert.Equal(canonical, Text(RocarsWriter.Write(Ok(RocarsReader.ReadAciSubmission(Bytes(canonical), endpoint)))));
    }

    [Fact]
    public void A_canonical_bundle_read_and_written_again_is_byte_identical()
    {
        Assert.Equal(Bundle, Text(RocarsWriter.Write(Ok(RocarsReader.ReadBundleSubmission(Bytes(Bundle))))));
    }

    [Fact]
    public void Documents_written_and_read_back_are_equal()
    {
        var cargo = Ok(RocarsReader.ReadAciSubmission(Bytes(Aci), RocarsEndpoint.Aci)).Lodgement!;
        var record = new AciRecord(Ccrn, AciRecordStatus.Bundled, 4, Now, null, cargo, "B26112650000001");
        var rejected = BundleResponse.Rejected("B-1", Now, [RocarsErrors.Error("R032", "Ccrn 2")]);

        Assert.Equal(record, Ok(RocarsReader.ReadAciRecord(RocarsWriter.Write(record))));
        Assert.Equal(rejected, Ok(RocarsReader.ReadBundleResponse(RocarsWriter.Write(rejected))));
        Assert.Equal(new ContractError("R032", RocarsErrors.Text("R032")), Assert.Single(rejected.Errors));
    }

    private static T Ok<T>(RocarsRead<T> read)
        where T : class
    {
        Assert.Null(read.LayoutError);
        Assert.Empty(read.ValueErrors);
        return read.Document!;
    }
}
