using Strangler.Contracts.Checking;
using Strangler.RocarsXml.Documents;
using static Strangler.RocarsXml.Tests.Fixture;

namespace Strangler.RocarsXml.Tests;

public sealed class WriterTests
{
    private static readonly Lodgement Cargo = RocarsReader.ReadAciSubmission(Bytes(Aci), RocarsEndpoint.Aci).Document!.Lodgement!;

    [Fact]
    public void A_cancel_is_written_with_message_id_function_ccrn_and_source_only()
    {
        var cancel = new AciSubmission("CNL-1", AciFunction.Cancel, Ccrn, "CNSW", null);

        Assert.Equal(
            Declaration + "<AciSubmission xmlns=\"urn:hk:rocars:1\"><MessageId>CNL-1</MessageId><Function>CANCEL</Function>" +
            "<Ccrn>C261126000000013</Ccrn><Source>CNSW</Source></AciSubmission>",
            Text(RocarsWriter.Write(cancel)));
    }

    [Fact]
    public void An_aci_record_writes_only_what_the_version_carried_and_count_without_leading_zeros()
    {
        var read = RocarsReader.ReadAciSubmission(Bytes(AciWith("<Count>40</Count>", "<Count>0007</Count>")
            .Replace("<HsCode>85177900</HsCode><GrossWeightKg>420.500</GrossWeightKg><ValueHkd>88000.00</ValueHkd>", "<ValueHkd>5</ValueHkd>")), RocarsEndpoint.Aci);
        var record = new AciRecord(Ccrn, AciRecordStatus.Lodged, 1, Now, null, read.Document!.Lodgement!, null);

        Assert.Equal(
            Declaration + "<AciRecord xmlns=\"urn:hk:rocars:1\"><Ccrn>C261126000000013</Ccrn><Status>LODGED</Status><Version>1</Version>" +
            "<ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt>" +
            Fixture.Lodgement.Replace("<Count>40</Count>", "<Count>7</Count>")
                .Replace("<HsCode>85177900</HsCode><GrossWeightKg>420.500</GrossWeightKg><ValueHkd>88000.00</ValueHkd>", "<ValueHkd>5.00</ValueHkd>") +
            "</AciRecord>",
            Text(RocarsWriter.Write(record)));
    }

    [Fact]
    public void A_bundled_aci_record_carries_source_and_bundle_ref_in_their_places()
    {
        var record = new AciRecord(Ccrn, AciRecordStatus.Bundled, 3, Now, "CNSW", Cargo, "B26112600000007");

        Assert.Equal(
            Declaration + "<AciRecord xmlns=\"urn:hk:rocars:1\"><Ccrn>C261126000000013</Ccrn><Status>BUNDLED</Status><Version>3</Version>" +
            "<ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt><Source>CNSW</Source>" + Fixture.Lodgement +
            "<BundleRef>B26112600000007</BundleRef></AciRecord>",
            Text(RocarsWriter.Write(record)));
    }

    [Fact]
    public void Bundle_responses_are_written_per_status()
    {
        Assert.Equal(
            Declaration + "<BundleResponse xmlns=\"urn:hk:rocars:1\"><MessageId>BND-0001</MessageId><Status>BUNDLED</Status>" +
            "<BundleRef>B26112600000001</BundleRef><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt></BundleResponse>",
            Text(RocarsWriter.Write(BundleResponse.Bundled("BND-0001", "B26112600000001", Now))));
        Assert.Equal(
            Declaration + "<BundleResponse xmlns=\"urn:hk:rocars:1\"><MessageId>DEL-1</MessageId><Status>UNBUNDLED</Status>" +
            "<BundleRef>B26112650000001</BundleRef><ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt></BundleResponse>",
            Text(RocarsWriter.Write(BundleResponse.Unbundled("DEL-1", "B26112650000001", Now))));
        Assert.Equal(
            Declaration + "<BundleResponse xmlns=\"urn:hk:rocars:1\"><MessageId>BND-0002</MessageId><Status>REJECTED</Status>" +
            "<ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt><Errors><Error code=\"R030\">ExpectedArrival must be at least 30 minutes after receipt.</Error>" +
            "<Error code=\"R033\">Vrn is not a valid Hong Kong registration mark.</Error></Errors></BundleResponse>",
            Text(RocarsWriter.Write(BundleResponse.Rejected("BND-0002", Now, [RocarsErrors.Error("R030", "x"), RocarsErrors.Error("R033")]))));
    }

    [Fact]
    public void A_clearance_instruction_is_written_in_one_line()
    {
        var instruction = new ClearanceInstruction("AB1234", "B26112600000001", "LMC", ClearanceDecision.Stop, Now.AddMinutes(-5));

        Assert.Equal(
            Declaration + "<ClearanceInstruction xmlns=\"urn:hk:rocars:1\"><Vrn>AB1234</Vrn><BundleRef>B26112600000001</BundleRef>" +
            "<ControlPoint>LMC</ControlPoint><Instruction>STOP</Instruction><IssuedAt>2026-11-26T11:55:00+08:00</IssuedAt></ClearanceInstruction>",
            Text(RocarsWriter.Write(instruction)));
    }

    [Fact]
    public void Date_times_are_written_in_hong_kong_time_without_fractions()
    {
        var utc = new DateTimeOffset(2026, 11, 26, 4, 0, 0, 999, TimeSpan.Zero);

        Assert.Contains("<ReceivedAt>2026-11-26T12:00:00+08:00</ReceivedAt>", Text(RocarsWriter.Write(AciResponse.Accepted("M", Ccrn, utc))));
    }

    [Fact]
    public void Only_ampersand_and_angle_brackets_are_escaped_in_text_and_quotes_too_in_attributes()
    {
        var response = new AciResponse("A&B<C>D\"E'F", AciStatus.Rejected, null, Now,
            new EquatableList<ContractError>([new ContractError("R\"1", "x & y < z > 'q' \"r\" é 中")]));

        var text = Text(RocarsWriter.Write(response));

        Assert.Contains("<MessageId>A&amp;B&lt;C&gt;D\"E'F</MessageId>", text);
        Assert.Contains("<Error code=\"R&quot;1\">x &amp; y &lt; z &gt; 'q' \"r\" é 中</Error>", text);
    }

    [Fact]
    public void Answers_are_utf8_without_a_byte_order_mark()
    {
        var bytes = RocarsWriter.Write(AciResponse.Accepted("\u00e9", Ccrn, Now));

        Assert.Equal("<?xml"u8.ToArray(), bytes[..5]);
        Assert.True(bytes.AsSpan().IndexOf("<MessageId>\u00e9</MessageId>"u8) > 0);
        Assert.True(bytes.AsSpan().IndexOf([(byte)0xC3, (byte)0xA9]) > 0);
    }

    [Fact]
    public void A_character_xml_cannot_carry_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => RocarsWriter.Write(AciResponse.Accepted("A\u0001", Ccrn, Now)));
    }

    [Fact]
    public void A_rejection_without_errors_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => AciResponse.Rejected("M", Now, []));
    }
}
