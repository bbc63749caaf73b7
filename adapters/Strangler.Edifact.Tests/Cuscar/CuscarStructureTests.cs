using Strangler.Contracts.Testing;
using static Strangler.Edifact.Tests.Cuscar.CuscarBodies;

namespace Strangler.Edifact.Tests.Cuscar;

public sealed class CuscarStructureTests
{
    [Fact]
    public void The_edit_helper_keeps_a_sample_valid() => Assert.Equal("", Codes(Edit(Sea, _ => { })));

    [Fact]
    public void Air_manifest_with_EQD_is_E004() =>
        Assert.Equal("E004", Codes(Edit(Air, l => l.InsertAfter("CNT+7:150.000'", "EQD+CN+MSCU1234566+45G1+++5'")), SampleClientKeys.Cathay));

    [Fact]
    public void Air_goods_item_with_SGP_is_E004() =>
        Assert.Equal("E004", Codes(Edit(Air, l => l.InsertAfter("MEA+WT+G+KGM:100.000'", "SGP+MSCU1234566+10'")), SampleClientKeys.Cathay));

    [Fact]
    public void Sea_manifest_sent_as_mode_4_is_E004_for_its_equipment() =>
        Assert.Equal("E004", Codes(Edit(Sea, l => l.Replace("TDT+20+V123E+1++MSCU:172:20+++9876543:103::MSC AURORA'",
            "TDT+20+V123E+4++MSCU:172:20+++9876543:103::MSC AURORA'"))));

    [Theory]
    [InlineData("3")]
    [InlineData("7")]
    public void Sea_manifest_with_equipment_and_an_unknown_mode_is_E012_only(string mode) =>
        Assert.Equal("E012", Codes(Edit(Sea, l => l.Replace("TDT+20+V123E+1++MSCU:172:20+++9876543:103::MSC AURORA'",
            $"TDT+20+V123E+{mode}++MSCU:172:20+++9876543:103::MSC AURORA'"))));

    [Fact]
    public void Rff_ABT_on_an_original_is_E004() =>
        Assert.Equal("E004", Codes(Edit(Sea, l => l.InsertAfter("GIS+IM:HKD'", "RFF+ABT:EM12601150000001'"))));

    [Fact]
    public void Rff_ABT_before_DTM_137_skips_a_mandatory_row_E005() =>
        Assert.Equal("E005", Codes(Edit(Sea, l =>
        {
            l.Replace("BGM+85+MSC-V123E-HKG-IM+9'", "BGM+85+MSC-V123E-HKG-IM+5'");
            l.InsertAfter("GIS+IM:HKD'", "RFF+ABT:EM12601150000001'");
        })));

    [Fact]
    public void An_amendment_with_RFF_ABT_passes_and_without_is_E005()
    {
        Assert.Equal("", Codes(Edit(Sea, l =>
        {
            l.Replace("BGM+85+MSC-V123E-HKG-IM+9'", "BGM+85+MSC-V123E-HKG-IM+5'");
            l.InsertAfter(l.First(x => x.StartsWith("DTM+137", StringComparison.Ordinal)), "RFF+ABT:EM12601150000001'");
        })));
        Assert.Equal("E005", Codes(Edit(Sea, l => l.Replace("BGM+85+MSC-V123E-HKG-IM+9'", "BGM+85+MSC-V123E-HKG-IM+5'"))));
    }

    private static byte[] Cancellation(Action<List<string>>? more = null) => Edit(Sea, l =>
    {
        l.Replace("BGM+85+MSC-V123E-HKG-IM+9'", "BGM+85+MSC-V123E-HKG-IM+1'");
        l.InsertAfter(l.First(x => x.StartsWith("DTM+137", StringComparison.Ordinal)), "RFF+ABT:EM12601150000001'");
        var cnt = l.FindIndex(x => x.StartsWith("CNT+11", StringComparison.Ordinal));
        var unt = l.FindIndex(x => x.StartsWith("UNT", StringComparison.Ordinal));
        l.RemoveRange(cnt, unt - cnt);
        more?.Invoke(l);
    });

    [Fact]
    public void A_cancellation_is_the_header_up_to_DTM_132_with_RFF_ABT() => Assert.Equal("", Codes(Cancellation()));

    [Fact]
    public void A_cancellation_with_CNT_is_E004() =>
        Assert.Equal("E004", Codes(Cancellation(l => l.Insert(l.Count - 2, "CNT+11:240'"))));

    [Fact]
    public void A_cancellation_with_a_consignment_is_E004() =>
        Assert.Equal("E004", Codes(Cancellation(l => l.Insert(l.Count - 2, "CNI+1+MSCUHK1234567'"))));

    [Fact]
    public void A_cancellation_without_RFF_ABT_is_E005() =>
        Assert.Equal("E005", Codes(Cancellation(l => l.RemoveWhere(x => x.StartsWith("RFF+ABT", StringComparison.Ordinal)))));

    [Fact]
    public void A_cancellation_by_a_foreign_carrier_is_E011() =>
        Assert.Equal("E011", Codes(Cancellation(), SampleClientKeys.Cathay));

    [Theory]
    [InlineData("BGM+85+MSC-V123E-HKG-IM+9'", "BGM+85+MSC-V123E-HKG-IM+7'", "E006")]
    [InlineData("BGM+85+MSC-V123E-HKG-IM+9'", "BGM+85+MSC-V123E-HKG-IM+9+X'", "E006")]
    [InlineData("BGM+85+MSC-V123E-HKG-IM+9'", "BGM+85+MSC-V123E-HKG-IM-0123456789012345678901+9'", "E006")]
    [InlineData("GIS+S1:HKM'", "GIS+S3:HKM'", "E006")]
    [InlineData("GIS+IM:HKD'", "GIS+IM:HKX'", "E006")]
    [InlineData("DTM+137:202601151200:203'", "DTM+137:202602301200:203'", "E006")]
    [InlineData("EQD+CN+MSCU1234566+45G1+++5'", "EQD+CN+MSCU1234566+45G+++5'", "E006")]
    [InlineData("EQD+CN+MSCU1234566+45G1+++5'", "EQD+CN+MSCU1234566+45G1+++6'", "E006")]
    [InlineData("GID+1+120:CT'", "GID+1+120:C'", "E006")]
    [InlineData("GID+1+120:CT'", "GID+1+120:c1'", "E006")]
    [InlineData("MEA+VOL+AAW+MTQ:12.400'", "MEA+VOL+AAW+MTQ:12.4000'", "E006")]
    [InlineData("MEA+VOL+AAW+MTQ:12.400'", "MEA+VOL+AAW+MTQ:12,4'", "E006")]
    [InlineData("SEL+SL778899+CA'", "SEL+SL7788990011223344+CA'", "E006")]
    [InlineData("PIA+5+851779:HS'", "PIA+5+851779:HK'", "E006")]
    [InlineData("NAD+CN+++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG++000000+HK'", "NAD+CN+++ACME TRADING LTD+12 SAMPLE ROAD+KWUN TONG+++HK'", "E005")]
    [InlineData("TDT+20+V123E+1++MSCU:172:20+++9876543:103::MSC AURORA'", "TDT+20+V123E+1++MSCU:172:20+++9876543:103'", "E005")]
    [InlineData("GIS+IM:HKD'", "GIS+EX:HKD'", "E010")]
    [InlineData("GIS+IM:HKD'", "GIS+XX:HKD'", "E010")]
    [InlineData("DTM+132:202601161200:203'", "DTM+133:202601161200:203'", "E010")]
    [InlineData("DTM+132:202601161200:203'", "DTM+134:202601161200:203'", "E004")]
    [InlineData("DTM+132:202601161200:203'", "DTM+132:202601161260:203'", "E006")]
    [InlineData("LOC+11+HKHKG'", "LOC+11+HK'", "E013")]
    [InlineData("LOC+11+HKHKG'", "LOC+11+CNSZX'", "E010")]
    [InlineData("NAD+CA+MSCU::HKC++MEDITERRANEAN SHIPPING CO'", "NAD+CA+PRDR::HKC++MEDITERRANEAN SHIPPING CO'", "E011")]
    [InlineData("CNT+16:2'", "CNT+16:3'", "E014")]
    [InlineData("CNT+7:2720.750'", "CNT+7:2720.751'", "")]
    [InlineData("CNT+7:2720.750'", "CNT+7:2720.752'", "E014")]
    [InlineData("PIA+5+851779:HS'", "PIA+5+85177:HS'", "E014")]
    [InlineData("CNI+2+MSCUHK1234568'", "CNI+02+MSCUHK1234568'", "")]
    [InlineData("CNI+2+MSCUHK1234568'", "CNI+3+MSCUHK1234568'", "E014")]
    [InlineData("CNI+2+MSCUHK1234568'", "CNI+2+MSCUHK1234567'", "E032")]
    [InlineData("FTX+AAA+++MOBILE PHONE PARTS'", "FTX+AAA+++GENERAL CARGO'", "E015")]
    [InlineData("FTX+AAA+++MOBILE PHONE PARTS'", "FTX+AAA+++GENERAL :CARGO'", "E015")]
    [InlineData("FTX+AAA+++MOBILE PHONE PARTS'", "FTX+AAA+++GENERAL:CARGO'", "")]
    [InlineData("EQD+CN+MSCU1234566+45G1+++5'", "EQD+CN+MSCU1234567+45G1+++5'", "E031,E034")]
    [InlineData("SGP+MSCU1234566+120'", "SGP+MSCU1234566+119'", "E034")]
    [InlineData("SGP+MSCU1234566+120'", "SGP+MSCU1234567+120'", "E034")]
    public void One_segment_changed_in_sample_01_gets_its_code(string original, string changed, string expected) =>
        Assert.Equal(expected, Codes(Edit(Sea, l => l.Replace(original, changed))));

    [Fact]
    public void A_sea_item_without_volume_is_E033_not_E005() =>
        Assert.Equal("E033", Codes(Edit(Sea, l => l.Remove("MEA+VOL+AAW+MTQ:12.400'"))));

    [Fact]
    public void Container_total_without_equipment_or_missing_with_it_is_E014()
    {
        Assert.Equal("E014", Codes(Edit(Sea, l => l.Remove("CNT+16:2'"))));
        Assert.Equal("E014", Codes(Edit(Air, l => l.InsertAfter("CNT+7:150.000'", "CNT+16:0'")), SampleClientKeys.Cathay));
    }

    [Fact]
    public void A_comma_decimal_mark_from_UNA_is_read_and_encoded_with_a_point()
    {
        var lines = Lines(Air);
        lines[0] = lines[0].Replace("UNA:+.? '", "UNA:+,? '", StringComparison.Ordinal);
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("CNT+7", StringComparison.Ordinal) || lines[i].StartsWith("MEA", StringComparison.Ordinal))
            {
                lines[i] = lines[i].Replace('.', ',');
            }
        }

        var body = Join(lines);
        Assert.Equal("", Codes(body, SampleClientKeys.Cathay));
        var decoded = Strangler.Edifact.Cuscar.CuscarCodec.Decode(body, new(CuscarExamples.Now)).ToInterchange()!;
        Assert.Equal(",", decoded.Messages[0].Manifest.DecimalMark.ToString());
        Assert.Equal(ContractSamples.Read("eman/" + Air, CuscarExamples.Now), Strangler.Edifact.Cuscar.CuscarCodec.Encode(decoded));
    }

    [Fact]
    public void A_goods_item_after_its_consignment_s_licences_and_a_second_consignor_is_E004() =>
        Assert.Equal("E004", Codes(Edit(Sea, l => l.InsertAfter("GID+1+120:CT'", "NAD+CZ+++X+Y+Z++1+CN'"))));

    [Fact]
    public void Four_seals_on_one_container_is_E004() =>
        Assert.Equal("E004", Codes(Edit(Sea, l => l.InsertAfter("EQD+CN+MSCU1234566+45G1+++5'", "SEL+A+CA'", "SEL+B+CA'", "SEL+C+CA'"))));
}
