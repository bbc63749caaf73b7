using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Tests.Syntax;

public sealed class EdifactReaderTests
{
    [Fact]
    public void Sample_is_read_into_segments_with_released_values()
    {
        var interchange = EdifactReader.Read(TestBodies.Gets("01-import-sea-accepted.edi"));

        Assert.True(interchange.IsValidUtf8);
        Assert.True(interchange.HasUna);
        Assert.Equal(UnaFault.None, interchange.UnaFault);
        Assert.Equal(25, interchange.Segments.Count);
        var tdt = interchange.Segments[9];
        Assert.Equal("TDT", tdt.Tag);
        Assert.Equal("1", tdt.Value(3));
        Assert.Equal("V123E", tdt.Value(8));
        Assert.Equal("MSC AURORA", tdt.Value(8, 4));
        Assert.Equal(string.Empty, tdt.Value(8, 2));
        Assert.False(tdt.HasCharacterFault);
    }

    [Fact]
    public void Una_with_other_separators_release_and_decimal_comma_is_honoured()
    {
        var interchange = EdifactReader.Read(TestBodies.Utf8("UNA|*,! \"UNB*UNOC|3\"\nFTX*AAA***A!*B!|C!!D!\"E\"QTY*47|1,5|KGM\""));

        Assert.Equal(',', interchange.DecimalMark);
        Assert.Equal(3, interchange.Segments.Count);
        Assert.Equal("UNOC", interchange.Segments[0].Value(1));
        Assert.Equal("3", interchange.Segments[0].Value(1, 2));
        Assert.Equal("A*B|C!D\"E", interchange.Segments[1].Value(4));
        Assert.Equal("1,5", interchange.Segments[2].Value(1, 2));
    }

    [Fact]
    public void Trailing_empty_elements_and_components_equal_absent_ones()
    {
        var segments = EdifactReader.Read(TestBodies.Utf8("TDT+20++3+++++AB1234:::++'TDT+20++3+++++AB1234'")).Segments;

        Assert.Equal(segments[1].ElementCount, segments[0].ElementCount);
        Assert.Equal(segments[1].Components(8), segments[0].Components(8));
    }

    [Fact]
    public void Cr_lf_inside_a_segment_is_a_character_fault_of_that_element()
    {
        var segment = EdifactReader.Read(TestBodies.Utf8("FTX+AAA+++AB\r\nC'")).Segments[0];

        Assert.True(segment.HasCharacterFault);
        Assert.True(segment.HasFaultIn(4));
        Assert.False(segment.HasFaultIn(1));
    }

    [Fact]
    public void Lower_case_is_outside_unoa_but_inside_unob()
    {
        var unoa = EdifactReader.Read(TestBodies.Utf8("UNB+UNOA:3'FTX+AAA+++abc'")).Segments[1];
        var unob = EdifactReader.Read(TestBodies.Utf8("UNB+UNOB:3'FTX+AAA+++abc'")).Segments[1];

        Assert.True(unoa.HasFaultIn(4));
        Assert.False(unob.HasCharacterFault);
    }

    [Fact]
    public void Invalid_utf8_is_noticed_and_a_bom_is_ignored()
    {
        Assert.False(EdifactReader.Read([0x55, 0x4E, 0x42, 0xC3, 0x28]).IsValidUtf8);
        var withBom = EdifactReader.Read([0xEF, 0xBB, 0xBF, .. TestBodies.Utf8("UNB+UNOC:3'")]);
        Assert.Equal("UNB", withBom.Segments[0].Tag);
    }

    [Fact]
    public void Unterminated_text_at_the_end_is_a_segment_marked_unterminated()
    {
        var segments = EdifactReader.Read(TestBodies.Utf8("UNZ+1+IC1'XYZ")).Segments;

        Assert.True(segments[0].IsTerminated);
        Assert.False(segments[1].IsTerminated);
    }
}
