using System.Text;
using Strangler.CargoImp.Answers;
using Strangler.CargoImp.Ffm;
using Strangler.CargoImp.Fhl;
using Strangler.CargoImp.Fwb;
using Strangler.CargoImp.Waybills;
using Strangler.Contracts.Testing;
using static Strangler.CargoImp.Tests.TestMessages;

namespace Strangler.CargoImp.Tests;

public sealed class SampleTests
{
    [Theory]
    [InlineData("01-fwb-accepted.txt", "test-cathay", "OK")]
    [InlineData("02-fhl-accepted.txt", "test-cathay", "OK")]
    [InlineData("03-ffm-accepted.txt", "test-hactl", "OK")]
    [InlineData("04-fwb-bad-check-digit.txt", "test-cathay", "A010")]
    [InlineData("05-fhl-totals-mismatch.txt", "test-cathay", "A013")]
    public void Each_sample_gets_its_expected_outcome(string file, string key, string expected)
    {
        var result = Decode(Sample(file), SampleClientKeys.ByKey(key));
        Assert.Equal(expected, result.Error?.Code ?? "OK");
    }

    [Fact]
    public void Every_sample_file_is_covered() =>
        Assert.Equal(
            ["01-fwb-accepted.txt", "02-fhl-accepted.txt", "03-ffm-accepted.txt", "04-fwb-bad-check-digit.txt", "05-fhl-totals-mismatch.txt"],
            ContractSamples.Files("accs"));

    [Theory]
    [InlineData("01-fwb-accepted.txt")]
    [InlineData("02-fhl-accepted.txt")]
    [InlineData("03-ffm-accepted.txt")]
    public void Accepted_samples_encode_back_to_their_exact_bytes(string file)
    {
        var bytes = Sample(file);
        var message = Decode(bytes).Message!;
        Assert.Equal(bytes, CargoImpWriter.Write(message));
    }

    [Fact]
    public void Fwb_sample_decodes_to_its_fields()
    {
        var fwb = Assert.IsType<FwbMessage>(Decode(Sample("01-fwb-accepted.txt")).Message);
        Assert.Equal("160-12345675HKGLHR/T10K100.0MC0.72", fwb.Waybill.Text);
        Assert.Equal(("160-12345675", 10, 100.0m, "0.72"), (fwb.Waybill.Number, fwb.Waybill.Pieces, fwb.Waybill.Weight, fwb.Waybill.VolumeText));
        Assert.Equal(new FwbFlight("CX", "251", 15), fwb.Flight);
        Assert.Equal(new FwbRouting("LHR", "CX"), fwb.Routing);
        Assert.Equal(new FwbParty("ACME TRADING LTD", "12 SAMPLE ROAD", "KWUN TONG", "HK"), fwb.Shipper);
        Assert.Equal(new FwbParty("BRITISH IMPORTS PLC", "1 HIGH STREET", "LONDON", "GB", "EC1A1AA"), fwb.Consignee);
        Assert.Equal(new ChargeDeclarations("HKD", "PP", "NVD", "250000.00", "XXX"), fwb.Charges);
        Assert.Equal("ELECTRONIC COMPONENTS", fwb.NatureOfGoods);
        Assert.Equal(["85423100"], fwb.HtsCodes);
        Assert.Equal(CargoClassification.Export, fwb.Classification);
    }

    [Fact]
    public void Fhl_sample_decodes_to_two_houses_matching_the_master()
    {
        var fhl = Assert.IsType<FhlMessage>(Decode(Sample("02-fhl-accepted.txt")).Message);
        Assert.Equal("160-12345675HKGLHR/T10K100.0", fhl.Master.Text);
        Assert.Equal(2, fhl.Houses.Count);
        Assert.Equal(
            new HouseWaybill("HKG0001234", "HKG", "LHR", 6, "60.0", null, "ELECTRONICS", new(["MOBILE PHONE PARTS"]), new(["85177900"])),
            fhl.Houses[0]);
        Assert.Equal((10, 100.0m), (fhl.HousePieces, fhl.HouseWeight));
    }

    [Fact]
    public void Ffm_sample_unloading_at_lhr_from_hkg_is_export_for_both_air_waybills()
    {
        var ffm = Assert.IsType<FfmMessage>(Decode(Sample("03-ffm-accepted.txt"), SampleClientKeys.Hactl).Message);
        Assert.Equal(new FlightIdentity("CX", "251", SampleDate, "HKG"), ffm.Flight);
        Assert.Equal((1, "B-HLR", true), (ffm.PartNumber, ffm.Registration, ffm.IsLastPart));
        var waybills = ffm.Waybills.ToList();
        Assert.Equal(["160-12345675", "160-22222222"], waybills.Select(w => w.Line.Number));
        Assert.All(waybills, w => Assert.Equal(CargoClassification.Export, w.Classification));
        Assert.All(waybills, w => Assert.Equal(("LHR", "AKE12345CX"), (w.UnloadingAirport, w.UldId)));
        Assert.Equal(ShipmentKind.Part, waybills[1].Line.Kind);
        Assert.Equal((5, 10, "GARMENTS"), (waybills[1].Line.Pieces, waybills[1].Line.TotalPieces!.Value, waybills[1].Line.Goods));
        Assert.Equal(new Dictionary<string, int> { ["160-12345675"] = 10, ["160-22222222"] = 5 }, ffm.PiecesPerWaybill());
    }

    [Fact]
    public void Fwb_sample_is_answered_with_exact_fma_bytes()
    {
        var body = Sample("01-fwb-accepted.txt");
        var answer = AccsAnswer.Accepted(body, AccsReceiptNumber.Create(SampleDate, 17));
        Assert.Equal(
            "FMA/1\r\nACK/ACCEPTED/A260115000000017\r\nFWB/16\r\n160-12345675HKGLHR/T10K100.0MC0.72\r\n",
            Encoding.ASCII.GetString(answer));
    }

    [Fact]
    public void Bad_check_digit_sample_is_answered_with_exact_fna_bytes()
    {
        var body = Sample("04-fwb-bad-check-digit.txt");
        var answer = AccsAnswer.Rejected(body, Decode(body, SampleClientKeys.Cathay).Error!);
        Assert.Equal(
            "FNA/1\r\nACK/A010/AIR WAYBILL CHECK DIGIT WRONG\r\nFWB/16\r\n160-12345676HKGLHR/T10K100.0\r\n",
            Encoding.ASCII.GetString(answer));
    }

    [Fact]
    public void Totals_mismatch_sample_is_answered_with_exact_fna_bytes()
    {
        var body = Sample("05-fhl-totals-mismatch.txt");
        var answer = AccsAnswer.Rejected(body, Decode(body).Error!);
        Assert.Equal(
            "FNA/1\r\nACK/A013/HOUSE TOTALS DO NOT MATCH MASTER\r\nFHL/5\r\nMBI/160-12345675HKGLHR/T10K100.0\r\n",
            Encoding.ASCII.GetString(answer));
    }

    [Fact]
    public void Check_reports_syntax_type_summary_and_no_errors_for_an_accepted_fwb()
    {
        var check = CargoImpCheck.Check(Sample("01-fwb-accepted.txt"), Context(SampleClientKeys.Cathay));
        Assert.True(check.IsValid);
        Assert.Equal(("Cargo-IMP", "FWB/16"), (check.Syntax, check.MessageType));
        Assert.Contains("air waybill 160-12345675 HKG-LHR 10 pieces 100.0 kg 0.72 m3 (export)", check.Summary);
    }

    [Fact]
    public void Check_reports_only_the_first_failure()
    {
        var check = CargoImpCheck.Check(Sample("04-fwb-bad-check-digit.txt"), Context());
        var error = Assert.Single(check.Errors);
        Assert.Equal(("A010", "AIR WAYBILL CHECK DIGIT WRONG"), (error.Code, error.Text));
        Assert.Equal("FWB/16", check.MessageType);
    }

    [Fact]
    public void Check_of_an_ffm_summarises_flight_and_air_waybills()
    {
        var check = CargoImpCheck.Check(Sample("03-ffm-accepted.txt"), Context());
        Assert.Equal("flight CX251 2026-01-15 from HKG, aircraft B-HLR, part 1 (LAST)", check.Summary[0]);
        Assert.Equal(3, check.Summary.Count);
    }
}
