using Strangler.Contracts.Checking;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cusdec;
using Strangler.Edifact.Envelope;

namespace Strangler.Edifact.Tests.Cusdec;

public sealed class CusdecStructureTests
{
    private const string Header =
        "BGM+830+LRN1+9'\nGIS+1:HKF'\nDTM+137:20260310:102'\nDTM+132:20260309:102'\n" +
        "NAD+DT+12345678:160:HKBR++ACME+1 ROAD+KWUN TONG++000000+HK'\nNAD+IM+12345678:160:HKBR++ACME+1 ROAD+KWUN TONG++000000+HK'\n" +
        "TDT+20++3+++++AB1234'\nLOC+35+CN'\n";

    private const string Item = "CST+1+85177900:HKHS'\nFTX+AAA+++PHONE PARTS'\nQTY+47:10:PCE'\nMOA+38:500.00:HKD'\nLOC+27+CN'\n";

    private const string Valid = Header + Item + "CNT+5:1'\n";

    internal static IReadOnlyList<string> Codes(string body, RuleProfile profile = RuleProfile.Legacy)
    {
        var envelope = EnvelopeReader.Open(TestBodies.Utf8(TestBodies.Interchange(body)), EdifactInterface.Gets);
        Assert.True(envelope.IsAccepted, envelope.Rejection?.ToString());
        var verdict = MessageChecker.Check(envelope.Messages[0], CusdecMessageType.Instance,
            new CheckContext(TestBodies.Noon, Strangler.Contracts.Testing.SampleClientKeys.Tradelink, profile));
        return verdict.Errors.Select(e => e.Code).ToList();
    }

    [Fact]
    public void The_valid_base_message_passes() => Assert.Empty(Codes(Valid));

    [Theory]
    [InlineData("GIS+1:HKF'\n", "GIS+1:HKF'\nGIS+1:HKF'\n", "E004")] // repeated beyond its maximum
    [InlineData("LOC+35+CN'\n", "LOC+35+CN'\nXYZ+1'\n", "E004")] // unknown segment
    [InlineData("TDT+20++3+++++AB1234'\n", "TDT+20++3+++++AB1234'\nDTM+137:20260310:102'\n", "E004")] // out of order
    [InlineData("GIS+1:HKF'\n", "GIS+1:HKF'\nRFF+ABT:TD32603100000001'\n", "E004")] // RFF+ABT on an original
    [InlineData("LOC+35+CN'\n", "LOC+35+CN'\nGIS+PS:HKF'\n", "E004")] // PS out of place
    [InlineData("TDT+20++3+++++AB1234'\n", "", "E005")] // mandatory segment skipped
    [InlineData("CNT+5:1'\n", "", "E005")] // mandatory segment missing at UNT
    [InlineData("FTX+AAA+++PHONE PARTS'\n", "", "E005")] // mandatory segment of an item missing
    [InlineData("BGM+830+LRN1+9'", "BGM+830++9'", "E005")] // mandatory element missing
    [InlineData("GIS+1:HKF'", "GIS+1'", "E005")] // mandatory component missing
    [InlineData("BGM+830+LRN1+9'", "BGM+830+LRN1234567890123456789012345678901234+9'", "E006")] // too long
    [InlineData("DTM+137:20260310:102'", "DTM+137:20260230:102'", "E006")] // not a calendar date
    [InlineData("DTM+137:20260310:102'", "DTM+137:20260310:203'", "E006")] // wrong format code
    [InlineData("QTY+47:10:PCE'", "QTY+47:10:BOX'", "E006")] // unit not in the list
    [InlineData("MOA+38:500.00:HKD'", "MOA+38:500.00:USD'", "E006")] // currency
    [InlineData("TDT+20++3+++++AB1234'", "TDT+20+X+3+++++AB1234'", "E006")] // element the table leaves empty
    [InlineData("LOC+35+CN'", "LOC+35+CN+X'", "E006")] // element beyond the table's
    [InlineData("TDT+20++3+++++AB1234'", "TDT+20++3+++++AB1234:X'", "E006")] // component the table leaves empty
    [InlineData("TDT+20++3+++++AB1234'", "TDT+20++3+++++AB12345678901234567'", "E006")] // conveyance id an..17
    [InlineData("FTX+AAA+++PHONE PARTS'", "FTX+AAA+++PHONE PARTS:MORE:EVEN:MORE:TOO MANY'", "E006")] // five components
    [InlineData("FTX+AAA+++PHONE PARTS'", "FTX+AAA+++PHONE ©'", null)] // UNOC allows U+00A9
    [InlineData("FTX+AAA+++PHONE PARTS'", "FTX+AAA+++PHONE \u0007'", "E002")] // control character
    [InlineData("BGM+830+LRN1+9'", "BGM+831+LRN1+9'", "E007")] // BGM document code
    [InlineData("BGM+830+LRN1+9'", "BGM+830+LRN1+7'", "E010")] // unknown function, checked as an original
    [InlineData("GIS+1:HKF'", "GIS+3:HKF'", "E010")] // unknown form
    [InlineData("DTM+132:20260309:102'", "DTM+133:20260309:102'", "E010")] // import form with export date
    [InlineData("NAD+DT+12345678:", "NAD+DT+1234567:", "E011")] // BR not 8 digits
    [InlineData("NAD+DT+12345678:", "NAD+DT+87654321:", "E011")] // BR not the key's
    [InlineData("TDT+20++3+", "TDT+20++5+", "E012")] // mode
    [InlineData("LOC+35+CN'", "LOC+35+C1'", "E013")] // country malformed
    [InlineData("NAD+IM+12345678:160:HKBR++ACME+1 ROAD+KWUN TONG++000000+HK'", "NAD+IM+12345678:160:HKBR++ACME+1 ROAD+KWUN TONG++000000+CN'", "E013")]
    [InlineData("CST+1+85177900:HKHS'", "CST+1+8517790:HKHS'", "E014")] // HKHS 7 digits
    [InlineData("CST+1+", "CST+2+", "E014")] // numbering gap
    [InlineData("CNT+5:1'", "CNT+5:2'", "E014")] // count
    [InlineData("CNT+5:1'", "CNT+5:01'", null)] // numbers compare numerically
    [InlineData("QTY+47:10:PCE'", "QTY+47:0:PCE'", "E016")] // zero is not positive
    [InlineData("QTY+47:10:PCE'", "QTY+47:1.2345:PCE'", "E016")] // too many decimals
    [InlineData("MOA+38:500.00:HKD'", "MOA+38:500.001:HKD'", "E016")]
    [InlineData("MOA+38:500.00:HKD'", "MOA+38:-5:HKD'", "E016")]
    [InlineData("DTM+132:20260309:102'", "DTM+132:20260311:102'", "E017")] // after the received-at date
    [InlineData("DTM+132:20260309:102'", "DTM+132:20260310:102'", null)] // on the received-at date
    [InlineData("FTX+AAA+++PHONE PARTS'", "FTX+AAA+++  said   to contain '", "E015")]
    public void One_change_to_a_valid_declaration_gets_its_code(string from, string to, string? code)
    {
        var body = (Valid + "").Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, body);

        Assert.Equal(code is null ? [] : [code], Codes(body));
    }

    [Fact]
    public void Business_errors_are_reported_once_each_in_ascending_order()
    {
        var body = Valid.Replace("TDT+20++3+", "TDT+20++9+", StringComparison.Ordinal)
            .Replace("PHONE PARTS", "FAK", StringComparison.Ordinal)
            .Replace("LOC+35+CN", "LOC+35+XXX", StringComparison.Ordinal)
            .Replace("LOC+27+CN", "LOC+27+1", StringComparison.Ordinal)
            .Replace("GIS+1:HKF", "GIS+2:HKF", StringComparison.Ordinal);

        Assert.Equal(["E010", "E012", "E013", "E015"], Codes(body));
    }

    [Fact]
    public void Only_the_first_structural_error_is_reported()
    {
        var body = Valid.Replace("QTY+47:10:PCE'", "QTY+47:10:BOX'", StringComparison.Ordinal).Replace("CNT+5:1'\n", string.Empty, StringComparison.Ordinal);

        Assert.Equal(["E006"], Codes(body));
    }

    [Fact]
    public void Pre_shipment_is_E004_for_legacy_and_lifts_E017_for_the_new_core()
    {
        var body = Valid.Replace("GIS+1:HKF'\n", "GIS+1:HKF'\nGIS+PS:HKF'\n", StringComparison.Ordinal)
            .Replace("DTM+132:20260309:102'", "DTM+132:20260320:102'", StringComparison.Ordinal);

        Assert.Equal(["E004"], Codes(body));
        Assert.Empty(Codes(body, RuleProfile.NewCore));
        Assert.Equal(["E017"], Codes(body.Replace("GIS+PS:HKF'\n", string.Empty, StringComparison.Ordinal), RuleProfile.NewCore));
    }

    [Fact]
    public void An_amendment_needs_RFF_ABT()
    {
        var amendment = Valid.Replace("LRN1+9", "LRN1+5", StringComparison.Ordinal);

        Assert.Equal(["E005"], Codes(amendment));
        Assert.Empty(Codes(amendment.Replace("DTM+132:20260309:102'\n", "DTM+132:20260309:102'\nRFF+ABT:TD32603100000001'\n", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("CNT+5:0'", null)]
    [InlineData("CNT+5:1'", "E014")]
    [InlineData("CNT+5:0'\nLOC+27+CN'", "E004")]
    public void A_cancellation_sends_only_its_six_segments(string tail, string? code)
    {
        var body = "BGM+830+LRN1+1'\nGIS+1:HKF'\nDTM+137:20260310:102'\nRFF+ABT:TD32603100000001'\n" +
            "NAD+DT+12345678:160:HKBR++ACME+1 ROAD+KWUN TONG++000000+HK'\n" + tail + "\n";

        Assert.Equal(code is null ? [] : [code], Codes(body));
    }

    [Fact]
    public void A_cancellation_with_the_import_date_is_E004()
    {
        var body = "BGM+830+LRN1+1'\nGIS+1:HKF'\nDTM+137:20260310:102'\nDTM+132:20260309:102'\nRFF+ABT:TD32603100000001'\n" +
            "NAD+DT+12345678:160:HKBR++ACME+1 ROAD+KWUN TONG++000000+HK'\nCNT+5:0'\n";

        Assert.Equal(["E004"], Codes(body));
    }

    [Fact]
    public void Unh_of_another_type_is_E007_and_a_wrong_unt_is_E003()
    {
        var wrongType = TestBodies.Interchange(Valid).Replace("CUSDEC:D:96B:UN:HKTDEC", "CUSDEC:D:96B:UN:HKEMAN", StringComparison.Ordinal);
        var wrongRef = TestBodies.Interchange(Valid).Replace("+M1'\nUNZ", "+M2'\nUNZ", StringComparison.Ordinal);

        Assert.Equal("E007", Single(wrongType));
        Assert.Equal("E003", Single(wrongRef));
    }

    [Fact]
    public void Decimal_comma_from_una_is_read_and_the_encoder_writes_points()
    {
        var body = "UNA:+,? '" + TestBodies.Interchange(Valid.Replace("500.00", "500,5", StringComparison.Ordinal).Replace("QTY+47:10", "QTY+47:1,25", StringComparison.Ordinal));

        Assert.Equal(string.Empty, Single(body));
        var encoded = System.Text.Encoding.UTF8.GetString(CusdecCodec.Encode(CusdecCodec.Decode(TestBodies.Utf8(body))!));
        Assert.Contains("QTY+47:1.25:PCE'", encoded, StringComparison.Ordinal);
        Assert.Contains("MOA+38:500.5:HKD'", encoded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_is_not_a_decimal_mark_when_una_says_comma()
    {
        var body = "UNA:+,? '" + TestBodies.Interchange(Valid);

        Assert.Equal("E016", Single(body));
    }

    private static string Single(string body)
    {
        var envelope = EnvelopeReader.Open(TestBodies.Utf8(body), EdifactInterface.Gets);
        var verdict = MessageChecker.Check(envelope.Messages[0], CusdecMessageType.Instance, new CheckContext(TestBodies.Noon));
        return string.Join(",", verdict.Errors.Select(e => e.Code));
    }
}
