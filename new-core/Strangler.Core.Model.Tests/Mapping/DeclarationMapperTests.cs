using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Transport;

namespace Strangler.Core.Model.Tests.Mapping;

public sealed class DeclarationMapperTests
{
    [Fact]
    public void Gets_01_import_by_sea_maps_parties_items_and_bill_of_lading()
    {
        var raw = Samples.Cusdec("gets/01-import-sea-accepted.edi");
        var d = DeclarationMapper.Map(raw, Samples.Now);

        Assert.Equal(DocumentFunction.Original, DeclarationMapper.FunctionOf(raw));
        Assert.Equal("1", d.Form);
        Assert.Equal("LRN-2026-0001", d.Lrn);
        Assert.Equal(TradeDirection.Import, d.Direction);
        Assert.Equal(new DateOnly(2026, 3, 10), d.ImportExportDate);
        Assert.Equal(new DateOnly(2026, 3, 16), d.DocumentDate);
        Assert.Equal("12345678", d.Declarant.BrNumber);
        Assert.Equal("ACME TRADING LTD", d.Trader!.Name);
        Assert.Equal(EquatableList.Of("IM"), d.Trader.Roles);
        Assert.Equal("KWUN TONG", d.Trader.City);
        Assert.Equal(TransportMode.Maritime, d.Trip!.Conveyance.Mode);
        Assert.Equal("V123E", d.Trip.JourneyId);
        Assert.Equal("MSC AURORA", d.Trip.Conveyance.Name);
        Assert.Equal("CNSHA", d.Trip.PlaceOfLoading);
        Assert.Equal("CN", d.ConsignmentCountry);
        Assert.Equal(EquatableList.Of(new TransportDocument(TransportDocumentKind.BillOfLading, "MSCUHK1234567")), d.TransportDocuments);
        Assert.Equal(2, d.Items.Count);
        Assert.Equal("85177900", d.Items[0].HsCode);
        Assert.Equal(new Quantity(1200m, "PCE"), d.Items[0].Quantity);
        Assert.Equal(60000.00m, d.Items[0].ValueHkd);
        Assert.Equal("CN", d.Items[0].OriginCountry);
        Assert.Equal("95030000", d.Items[1].HsCode);
        Assert.Equal(2, d.Items[1].Sequence);

        // V = 100,000: 0.20 + 0.125 x 54 = 6.95, rounded half up to 7.0.
        Assert.Equal(EquatableList.Of(new Charge(ChargeKind.DeclarationCharge, 7.0m)), d.Charges);
    }

    [Fact]
    public void Gets_02_late_export_by_air_carries_the_penalty_and_the_air_waybill()
    {
        var d = DeclarationMapper.Map(Samples.Cusdec("gets/02-export-air-late-penalty.edi"), Samples.Now);

        Assert.Equal(TradeDirection.Export, d.Direction);
        Assert.Equal(EquatableList.Of("EX"), d.Trader!.Roles);
        Assert.Equal(TransportMode.Air, d.Trip!.Conveyance.Mode);
        Assert.Equal("CX251", d.Trip.JourneyId);
        Assert.Equal(new TransportDocument(TransportDocumentKind.AirWaybill, "160-12345675"), d.TransportDocuments.Single());
        Assert.Equal("61091000", d.Items.Single().HsCode);
        Assert.Equal(15000.00m, d.Items.Single().ValueHkd);
        Assert.Equal(
            EquatableList.Of(new Charge(ChargeKind.DeclarationCharge, 0.2m), new Charge(ChargeKind.LatePenalty, 20m)),
            d.Charges);
    }

    [Fact]
    public void Gets_05_pre_shipment_export_is_flagged_and_charged_as_the_new_core_answers()
    {
        var d = DeclarationMapper.Map(Samples.Cusdec("gets/05-pre-shipment-new-core.edi"), Samples.Now);

        Assert.True(d.PreShipment);
        Assert.Equal("LRN-2026-0006", d.Lrn);
        Assert.Equal(TradeDirection.Export, d.Direction);
        Assert.Equal(new DateOnly(2026, 3, 19), d.ImportExportDate);
        Assert.Equal(EquatableList.Of(new Charge(ChargeKind.DeclarationCharge, 25.70m)), d.Charges);
    }

    [Fact]
    public void Mapping_the_same_declaration_twice_gives_equal_models()
    {
        var raw = Samples.Cusdec("gets/01-import-sea-accepted.edi");
        Assert.Equal(DeclarationMapper.Map(raw, Samples.Now), DeclarationMapper.Map(raw, Samples.Now));
    }
}
