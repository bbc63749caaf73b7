using Strangler.Contracts.CodeLists;
using Strangler.Contracts.References;
using Strangler.Facade.Routing.Edifact;

namespace Strangler.Facade.Routing.Tests.Edifact;

public sealed class EdifactRequestReaderSyntaxTests
{
    private const string Unb = "UNB+UNOC:3+TRADELINK01:ZZZ+HKGETS:ZZZ+261126:1200+IC0000020'";

    private static EdifactRequestFacts? Read(string body) => EdifactRequestReader.Read(Bodies.Utf8(body));

    [Fact]
    public void Una_with_other_separators_and_release_character_is_honoured()
    {
        var facts = Read(
            "UNA*|.# !UNB|UNOC*3|SENDER#|1*ZZZ|HKGETS*ZZZ|261126*1200|IC9!\r\n" +
            "UNH|M1|CUSDEC*D*96B*UN*HKTDEC!BGM|830|LRN#|X#!Y##Z#*W|9!TDT|20||4|||||CX251!UNT|4|M1!UNZ|1|IC9!");

        Assert.NotNull(facts);
        Assert.Equal("IC9", facts.InterchangeRef);
        Assert.Equal("SENDER|1", facts.SenderId);
        Assert.Equal([new EdifactMessageFacts("M1", "CUSDEC", "LRN|X!Y#Z*W", "9", TransportMode.Air, null)], facts.Messages);
    }

    [Fact]
    public void Released_default_separators_are_part_of_the_value()
    {
        var facts = Read(Unb + "UNH+M1+CUSDEC:D:96B:UN:HKTDEC'BGM+830+A?+B?:C?'D??E+9'TDT+20++8'UNT+4+M1'UNZ+1+IC0000020'");

        Assert.Equal("A+B:C'D?E", facts!.Messages[0].DocumentNumber);
        Assert.Equal(TransportMode.InlandWater, facts.Messages[0].Mode);
    }

    [Fact]
    public void An_amendment_names_its_tdec_number_and_keeps_the_mode_of_its_tdt()
    {
        var facts = Read(Unb + "UNH+M1+CUSDEC:D:96B:UN:HKTDEC'BGM+830+LRN-1+5'GIS+1:HKF'RFF+ABT:TD12611260000042'TDT+20++1+++++V1'UNT+6+M1'UNZ+1+IC0000020'");

        var message = Assert.Single(facts!.Messages);
        Assert.Equal("5", message.FunctionCode);
        Assert.Equal(TransportMode.Maritime, message.Mode);
        Assert.Equal("TD12611260000042", message.Names!.Text);
        Assert.Equal(IssuerBlock.Legacy, message.Names.Issuer);
        Assert.Equal(TransportMode.Maritime, message.EffectiveMode);
    }

    [Fact]
    public void A_gets_cancellation_without_tdt_takes_its_mode_from_the_named_tdec_number()
    {
        var facts = Read(Unb + "UNH+C1+CUSDEC:D:96B:UN:HKTDEC'BGM+830+LRN-1+1'GIS+2:HKF'DTM+137:20261126:102'" +
            "RFF+ABT:TD42611265000001'NAD+DT+12345678:160:HKBR++ACME'CNT+5:0'UNT+8+C1'UNZ+1+IC0000020'");

        var message = Assert.Single(facts!.Messages);
        Assert.Equal("1", message.FunctionCode);
        Assert.Null(message.Mode);
        Assert.Equal(TransportMode.Air, message.EffectiveMode);
        Assert.Equal(IssuerBlock.NewCore, message.Names!.Issuer);
        Assert.Equal(ReferenceKind.TdecNumber, message.Names.Kind);
    }

    [Fact]
    public void An_eman_amendment_names_its_eman_ref()
    {
        var facts = Read("UNB+UNOC:3+MSCUAGENT:ZZZ+HKEMAN:ZZZ+261126:1200+EM9'UNH+A1+CUSCAR:D:95B:UN:HKEMAN'BGM+85+MSC-1+5'" +
            "GIS+S1:HKM'RFF+ABT:EM12611260000007'TDT+20+V123E+1++MSCU:172:20+++9876543:103::MSC AURORA'UNT+6+A1'UNZ+1+EM9'");

        var message = Assert.Single(facts!.Messages);
        Assert.Equal(new EdifactMessageFacts("A1", "CUSCAR", "MSC-1", "5", TransportMode.Maritime, message.Names), message);
        Assert.Equal(ReferenceKind.EmanRef, message.Names!.Kind);
        Assert.Equal("EM12611260000007", message.Names.Text);
    }

    [Theory]
    [InlineData("RFF+ABT:C261126000000013'")]
    [InlineData("RFF+ABT:TD92611260000001'")]
    [InlineData("RFF+ABT'")]
    [InlineData("RFF+BM:TD12611260000042'")]
    public void A_reference_that_is_not_a_tdec_number_or_eman_ref_names_nothing(string rff)
    {
        var facts = Read(Unb + "UNH+M1+CUSDEC:D:96B:UN:HKTDEC'BGM+830+L+1'" + rff + "UNT+4+M1'UNZ+1+IC0000020'");

        var message = Assert.Single(facts!.Messages);
        Assert.Null(message.Names);
        Assert.Null(message.EffectiveMode);
    }

    [Theory]
    [InlineData("TDT+20++5+++++X'", null)]
    [InlineData("TDT+20++44+++++X'", null)]
    [InlineData("TDT+20'", null)]
    [InlineData("TDT+20++2+++++X'TDT+20++4+++++Y'", TransportMode.Rail)]
    [InlineData("TDT+20++9+++++X'TDT+20++4+++++Y'", null)]
    [InlineData("LOC+35+CN'", null)]
    public void Only_the_first_tdt_gives_the_mode_and_only_codes_1_2_3_4_8_are_modes(string segments, TransportMode? mode)
    {
        var facts = Read(Unb + "UNH+M1+CUSDEC:D:96B:UN:HKTDEC'BGM+830+L+9'" + segments + "UNT+5+M1'UNZ+1+IC0000020'");

        Assert.Equal(mode, Assert.Single(facts!.Messages).Mode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("UNA:+.?")]
    [InlineData("UNA:+.? 'UNB")]
    [InlineData("UNAa+.? 'UNB+UNOC:3+X:ZZZ+HKGETS:ZZZ+261126:1200+I1'")]
    [InlineData("UNA::.? 'UNB+UNOC:3+X:ZZZ+HKGETS:ZZZ+261126:1200+I1'")]
    [InlineData("UNA:+.?\n'UNB+UNOC:3+X:ZZZ+HKGETS:ZZZ+261126:1200+I1'")]
    [InlineData("UNA:+.? §UNB+UNOC:3+X:ZZZ+HKGETS:ZZZ+261126:1200+I1§")]
    [InlineData("UNH+M1+CUSDEC:D:96B:UN:HKTDEC'UNT+2+M1'")]
    [InlineData("UNB+UNOC:3+X:ZZZ+HKGETS:ZZZ+261126:1200+I1")]
    public void A_body_without_a_readable_una_and_unb_is_null(string body) => Assert.Null(Read(body));

    [Fact]
    public void A_body_cut_inside_a_message_keeps_the_message_with_what_was_read()
    {
        var sample = Bodies.SampleText("gets/01-import-sea-accepted.edi");
        var cut = sample[..(sample.IndexOf("LOC+35", StringComparison.Ordinal) + 4)];

        var facts = Read(cut);

        Assert.Equal([new EdifactMessageFacts("M1", "CUSDEC", "LRN-2026-0001", "9", TransportMode.Maritime, null)], facts!.Messages);
    }

    [Fact]
    public void A_body_cut_inside_the_unh_has_no_messages()
    {
        var facts = Read(Unb + "UNH+M1+CUSDEC:D:96");

        Assert.NotNull(facts);
        Assert.Equal("IC0000020", facts.InterchangeRef);
        Assert.Empty(facts.Messages);
    }

    [Fact]
    public void A_message_without_a_readable_ref_is_left_out_and_a_message_without_unt_is_closed_by_the_next_unh()
    {
        var facts = Read(Unb + "UNH++CUSDEC:D:96B:UN:HKTDEC'BGM+830+A+9'UNT+3+'" +
            "UNH+M2+CUSDEC:D:96B:UN:HKTDEC'BGM+830+B+9'TDT+20++3'" +
            "UNH+M3+CUSDEC:D:96B:UN:HKTDEC'BGM+830+C+9'UNT+3+M3'UNZ+2+IC0000020'");

        Assert.Equal(
            [
                new EdifactMessageFacts("M2", "CUSDEC", "B", "9", TransportMode.Road, null),
                new EdifactMessageFacts("M3", "CUSDEC", "C", "9", null, null),
            ],
            facts!.Messages);
    }

    [Fact]
    public void A_value_that_is_not_valid_utf8_is_null_but_its_message_still_appears()
    {
        byte[] body = [.. Bodies.Utf8(Unb + "UNH+M1+CUSDEC:D:96B:UN:HKTDEC'BGM+830+"), 0xC3, 0x28, .. Bodies.Utf8("+9'TDT+20++4'UNT+4+M1'UNZ+1+IC0000020'")];

        var facts = EdifactRequestReader.Read(body);

        Assert.Equal([new EdifactMessageFacts("M1", "CUSDEC", null, "9", TransportMode.Air, null)], facts!.Messages);
    }

    [Fact]
    public void Segments_after_unz_are_not_read()
    {
        var facts = Read(Unb + "UNZ+0+IC0000020'UNH+M1+CUSDEC:D:96B:UN:HKTDEC'UNT+2+M1'");

        Assert.Empty(facts!.Messages);
    }

    [Fact]
    public void An_interchange_of_999_messages_lists_every_message_in_order()
    {
        var body = new System.Text.StringBuilder(Unb);
        for (var i = 1; i <= 999; i++)
        {
            body.Append($"UNH+M{i}+CUSCAR:D:95B:UN:HKEMAN'BGM+85+D{i}+9'TDT+20+V1+{(i % 2 == 0 ? 4 : 8)}'UNT+4+M{i}'");
        }

        var facts = Read(body.Append("UNZ+999+IC0000020'").ToString());

        Assert.Equal(999, facts!.Messages.Count);
        Assert.Equal(("M998", TransportMode.Air), (facts.Messages[997].MessageRef, facts.Messages[997].Mode));
        Assert.Equal(("M999", TransportMode.InlandWater), (facts.Messages[998].MessageRef, facts.Messages[998].Mode));
    }
}
