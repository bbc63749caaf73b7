using Strangler.Parity.Reports.Csv;

namespace Strangler.Parity.Reports.Tests.Csv;

public sealed class FindingsCsvTests
{
    [Fact]
    public void Csv_has_a_header_and_one_row_per_differing_field_with_crlf_line_ends()
    {
        var csv = FindingsCsv.Write(ReportSamples.Air().Findings);

        var lines = csv.Split("\r\n");
        Assert.Equal("id,at,interface,messageType,class,legacyMs,coreMs,field,legacy,core,rule", lines[0]);
        Assert.Equal("F-1,2026-11-01T09:00:00.000+08:00,eman,FWB,match,120,80,,,,", lines[1]);
        Assert.Equal("F-3,2026-11-02T11:00:00.000+08:00,eman,FFM,risk-outcome,140,60,notice,DETAIN,,", lines[3]);
        Assert.Equal("F-4,2026-11-03T12:00:00.000+08:00,eman,FHL,mismatch,200,70,charge,1200.00,1210.00,", lines[4]);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_values_are_quoted_with_doubled_quotes_and_keep_their_line_breaks()
    {
        var csv = FindingsCsv.Write(ReportSamples.Air().Findings);

        const string expected = "F-4,2026-11-03T12:00:00.000+08:00,eman,FHL,mismatch,200,70,consignee,"
            + "\"<script>alert(\"\"x\"\")</script>, \"\"quoted\"\"\r\nnext line\",\"ACME \"\"HK\"\", Ltd\",\r\n";
        Assert.EndsWith(expected, csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\ronly", "\"cr\ronly\"")]
    [InlineData("", "")]
    public void A_value_is_quoted_only_when_rfc_4180_needs_it(string value, string expected) =>
        Assert.Equal(expected, FindingsCsv.Quote(value));
}
