using System.Text;
using Strangler.Edifact.Syntax;
using Strangler.Edifact.Writing;

namespace Strangler.Edifact.Tests.Syntax;

public sealed class EdifactWriterTests
{
    [Fact]
    public void Writer_releases_service_characters_drops_trailing_empties_and_counts()
    {
        var w = new EdifactWriter(["UNOC", "3"], ["A", "ZZZ"], ["HKGETS", "ZZZ"], ["260310", "1200"], ["IC1"]);
        w.BeginMessage("M1", "CUSDEC", "D", "96B", "UN", "HKTDEC");
        w.Segment("FTX", ["AAA"], [], [], ["a+b:c'd?e", null, ""], [], [null]);
        w.EndMessage("M1");

        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+A:ZZZ+HKGETS:ZZZ+260310:1200+IC1'\nUNH+M1+CUSDEC:D:96B:UN:HKTDEC'\nFTX+AAA+++a?+b?:c?'d??e'\nUNT+3+M1'\nUNZ+1+IC1'\n",
            Encoding.UTF8.GetString(w.Finish("IC1")));
    }

    [Fact]
    public void Rewriting_read_segments_gives_the_canonical_text()
    {
        var read = EdifactReader.Read(Encoding.UTF8.GetBytes("UNA|*.! \"UNB*UNOC|3\"\r\nFTX*AAA***x+y:z!\"|||\"\n"));
        var w = new EdifactWriter([.. read.Segments[0].Components(1)]);
        w.Segment(read.Segments[1]);

        Assert.Equal("UNA:+.? 'UNB+UNOC:3'\nFTX+AAA+++x?+y?:z\"'\n", w.ToString());
    }
}
