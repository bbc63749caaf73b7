using Strangler.Parity.Reports.Csv;

namespace Strangler.Parity.Reports.Tests.Csv;

public sealed class DataFindingsCsvTests
{
    private readonly string _csv = DataFindingsCsv.Write(ReportSamples.AirWithData().DataParity);

    [Fact]
    public void Csv_has_a_row_per_differing_field_one_row_per_record_without_fields_and_crlf_line_ends()
    {
        var lines = _csv.Split("\r\n");

        Assert.Equal("firstDay,lastDay,ranAt,difference,key,kind,duplicateOf,field,legacy,core,rule,interface,recordDay,reason", lines[0]);
        Assert.Equal("2026-11-01,2026-11-03,2026-11-04T00:02:00.000+08:00,differing,AWB-160-1|1,air-waybill,,charge,1200.00,1210.00,,,,", lines[1]);
        Assert.Equal("2026-11-01,2026-11-03,2026-11-04T00:02:00.000+08:00,missing,AWB-160-2|1,air-waybill,,,,,,,,", lines[4]);
        Assert.Equal("2026-11-01,2026-11-03,2026-11-04T00:02:00.000+08:00,duplicate,AWB-160-9|1,air-waybill,AWB-160-3|1,,,,,,,", lines[8]);
        Assert.EndsWith("\r\n", _csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_values_are_quoted_and_a_quarantined_record_is_a_row_with_its_interface_day_and_reason()
    {
        const string hostile = "\"<script>alert(\"\"x\"\")</script>, \"\"quoted\"\"\r\nnext line\"";

        Assert.Contains($"2026-11-01,2026-11-03,2026-11-04T00:02:00.000+08:00,differing,AWB-160-1|1,air-waybill,,consignee,{hostile},,,,,\r\n", _csv, StringComparison.Ordinal);
        Assert.Contains($"2026-11-01,2026-11-03,2026-11-04T00:02:00.000+08:00,extra,{hostile},air-waybill,,,,,,,,\r\n", _csv, StringComparison.Ordinal);
        const string reason = "\"no consignee: <script>alert(\"\"x\"\")</script>, \"\"quoted\"\"\r\nnext line\"";
        Assert.EndsWith($"2026-11-01,2026-11-03,2026-11-04T00:02:00.000+08:00,quarantined,LEG-77,,,,,,,eman,2026-11-02,{reason}\r\n", _csv, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reconciled_run_adds_no_row_and_no_runs_give_only_the_header()
    {
        // Header, one differing record of two fields, four missing, one duplicate, two extra, one quarantined; run 2 adds nothing.
        Assert.Equal(1 + 2 + 4 + 1 + 2 + 1, _csv.Split("\r\n2026-").Length);
        Assert.Equal(
            "firstDay,lastDay,ranAt,difference,key,kind,duplicateOf,field,legacy,core,rule,interface,recordDay,reason\r\n",
            DataFindingsCsv.Write([]));
    }
}
