using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Tests.Envelope;

public sealed class EnvelopeReaderTests
{
    [Fact]
    public void Two_message_sample_opens_into_two_messages()
    {
        var envelope = EnvelopeReader.Open(TestBodies.Gets("04-two-messages-one-bad-unt.edi"), EdifactInterface.Gets);

        Assert.Null(envelope.Rejection);
        Assert.Equal(["M1", "M2"], envelope.Messages.Select(m => m.Reference));
        Assert.Equal(17, envelope.Messages[0].Segments.Count);
        Assert.Equal("IC0000004", envelope.Header!.InterchangeRef);
    }

    [Fact]
    public void Normalised_bytes_run_from_unh_to_unt_without_line_breaks()
    {
        var envelope = EnvelopeReader.Open(TestBodies.Utf8(TestBodies.Interchange("BGM+830+L1+9'\r\n")), EdifactInterface.Gets);

        Assert.Equal("UNH+M1+CUSDEC:D:96B:UN:HKTDEC'BGM+830+L1+9'UNT+3+M1'",
            System.Text.Encoding.UTF8.GetString(envelope.Messages[0].NormalisedBytes()));
    }

    [Theory]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", null)]
    [InlineData("UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E001")]
    [InlineData("UNB+UNOD:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E001")]
    [InlineData("UNB+UNOC:4+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKEMAN:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+ic1'UNH+M1+X'UNT+2+M1'UNZ+1+ic1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1234567890123'UNH+M1+X'UNT+2+M1'UNZ+1+IC1234567890123'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC2'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+2+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNH+M2+X'UNT+2+M2'UNZ+2+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNZ+1+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNH+M1+X'UNT+2+M1'UNZ+2+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNZ+0+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNG+X'UNH+M1+X'UNT+2+M1'UNE+1'UNZ+1+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'X'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'junk", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'\r\nUNZ+1+IC1'\r\n\r\n", null)]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'BGM+1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E001")]
    [InlineData("UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+m1+X'UNT+2+m1'UNZ+1+IC1'", "E001")]
    [InlineData("UNA:+.? 'UNB+UNOA:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", null)]
    [InlineData("UNA:+.?'UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E001")]
    [InlineData("UNA::.? 'UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E001")]
    [InlineData("UNA:+.?\n'UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E002")]
    [InlineData("UNA:+.? 'UNB+UNOC:3+Sé:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", null)]
    [InlineData("UNA:+.? 'UNB+UNOA:3+Sé:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E002")]
    [InlineData("UNB+UNOA:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1+x'", "E002")]
    [InlineData("UNB+UNOA:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1+\n'", "E002")]
    [InlineData("UNA|+.? 'UNB+UNOA|3+S|ZZZ+HKGETS|ZZZ+260310|1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'", "E002")]
    public void Envelope_faults_are_answered_with_their_code(string body, string? code)
    {
        var envelope = EnvelopeReader.Open(TestBodies.Utf8(body), EdifactInterface.Gets);

        Assert.Equal(code, envelope.Rejection?.Code);
    }

    [Fact]
    public void Invalid_utf8_comes_before_an_earlier_envelope_fault()
    {
        byte[] body = [.. TestBodies.Utf8("UNB+UNOD:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'"), 0xFF];

        Assert.Equal("E002", EnvelopeReader.Open(body, EdifactInterface.Gets).Rejection?.Code);
    }

    [Fact]
    public void The_first_fault_in_byte_order_decides_between_e001_and_e002()
    {
        // UNB element 1 (wrong version) comes before the faulty character in element 2.
        var e001 = "UNB+UNOA:4+Sé:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+1+IC1'";
        // A character fault in UNB comes before a wrong UNZ count.
        var e002 = "UNB+UNOA:3+Sé:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'UNT+2+M1'UNZ+5+IC1'";

        Assert.Equal("E001", EnvelopeReader.Open(TestBodies.Utf8(e001), EdifactInterface.Gets).Rejection?.Code);
        Assert.Equal("E002", EnvelopeReader.Open(TestBodies.Utf8(e002), EdifactInterface.Gets).Rejection?.Code);
    }

    [Fact]
    public void A_character_fault_inside_a_message_does_not_reject_the_envelope()
    {
        var body = "UNB+UNOA:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'UNH+M1+X'FTX+AAA+++é'UNT+3+M1'UNZ+1+IC1'";

        Assert.True(EnvelopeReader.Open(TestBodies.Utf8(body), EdifactInterface.Gets).IsAccepted);
    }

    [Fact]
    public void A_thousand_messages_are_too_many()
    {
        var messages = string.Concat(Enumerable.Range(1, 1000).Select(i => $"UNH+M{i}+X'UNT+2+M{i}'"));
        var body = $"UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'{messages}UNZ+1000+IC1'";
        var ok = $"UNB+UNOC:3+S:ZZZ+HKGETS:ZZZ+260310:1200+IC1'{string.Concat(Enumerable.Range(1, 999).Select(i => $"UNH+M{i}+X'UNT+2+M{i}'"))}UNZ+999+IC1'";

        Assert.Equal("E001", EnvelopeReader.Open(TestBodies.Utf8(body), EdifactInterface.Gets).Rejection?.Code);
        Assert.True(EnvelopeReader.Open(TestBodies.Utf8(ok), EdifactInterface.Gets).IsAccepted);
    }
}
