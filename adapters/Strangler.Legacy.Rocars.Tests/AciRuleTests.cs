using System.Net;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>Amendments, cancellations, SSDD ownership and the AciRecord (rocars.md "AciRecord", R020, R021, R040).</summary>
public abstract class AciRuleTests(bool onPostgres) : RocarsHost(onPostgres)
{
    [Fact]
    public async Task Amend_of_a_lodged_aci_adds_a_version_that_the_record_shows()
    {
        var ccrn = await LodgeAsync("A-1");
        Clock.Advance(TimeSpan.FromMinutes(5));

        var amend = await PostAsync(Shipper, AciPath, Documents.Aci("A-2", Now.AddHours(4), "AMEND", ccrn, description: "TABLET PARTS"));
        Assert.Equal("ACCEPTED", amend.Element("Status"));
        Assert.Equal(ccrn, amend.Element("Ccrn"));

        var record = await GetAsync(Shipper, $"{AciPath}/{ccrn}");
        Assert.Equal(HttpStatusCode.OK, record.Status);
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AciRecord xmlns=\"urn:hk:rocars:1\">" +
            $"<Ccrn>{ccrn}</Ccrn><Status>LODGED</Status><Version>2</Version><ReceivedAt>{NowText}</ReceivedAt>" +
            $"<Direction>IMPORT</Direction><ControlPoint>LMC</ControlPoint><ExpectedCrossing>{Documents.Iso(Now.AddHours(4))}</ExpectedCrossing>" +
            "<Shipper><Name>SWIFT FORWARDING LTD</Name><Address>8 CANTON ROAD, TSIM SHA TSUI</Address></Shipper>" +
            "<Consignor><Name>SHENZHEN GADGETS CO</Name><Address>88 NANSHAN AVENUE, SHENZHEN</Address></Consignor>" +
            "<Consignee><Name>ACME TRADING LTD</Name><Address>12 SAMPLE ROAD, KWUN TONG</Address></Consignee>" +
            "<Packages><Count>40</Count><Description>CARTONS</Description></Packages>" +
            "<Articles><Article><Description>TABLET PARTS</Description><HsCode>85177900</HsCode><GrossWeightKg>420.500</GrossWeightKg>" +
            "<ValueHkd>88000.00</ValueHkd></Article></Articles></AciRecord>",
            record.Text);
    }

    [Fact]
    public async Task Cancel_keeps_the_last_content_and_counts_as_a_version_then_the_ccrn_is_R020()
    {
        var ccrn = await LodgeAsync("A-1");
        var lodgedAt = Now;
        Clock.Advance(TimeSpan.FromMinutes(7));

        var cancel = await PostAsync(Shipper, AciPath, Documents.Cancel("A-2", ccrn));
        Assert.Equal("ACCEPTED", cancel.Element("Status"));
        Assert.Equal(ccrn, cancel.Element("Ccrn"));

        var record = await GetAsync(Shipper, $"{AciPath}/{ccrn}");
        Assert.Equal("CANCELLED", record.Element("Status"));
        Assert.Equal("2", record.Element("Version"));
        Assert.Equal(NowText, record.Element("ReceivedAt"));
        Assert.Equal(Documents.Iso(lodgedAt.AddHours(3)), record.Element("ExpectedCrossing"));
        Assert.Contains("<Article><Description>MOBILE PHONE PARTS</Description>", record.Text, StringComparison.Ordinal);

        Assert.Equal(["R020"], (await PostAsync(Shipper, AciPath, Documents.Aci("A-3", Now.AddHours(3), "AMEND", ccrn))).ErrorCodes);
        Assert.Equal(["R020"], (await PostAsync(Shipper, AciPath, Documents.Cancel("A-4", ccrn))).ErrorCodes);
        Assert.Equal(["R031"], (await PostAsync(Driver, BundlesPath, Documents.Bundle("B-1", Now.AddHours(2), ccrns: ccrn))).ErrorCodes);
    }

    [Fact]
    public async Task Amend_of_an_unknown_ccrn_with_a_valid_check_digit_is_R020()
    {
        var unknown = Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today, 4_444_444);

        var answer = await PostAsync(Shipper, AciPath, Documents.Aci("A-1", Now.AddHours(3), "AMEND", unknown));

        Assert.Equal(["R020"], answer.ErrorCodes);
    }

    [Fact]
    public async Task Another_shippers_ccrn_is_R020_even_in_a_live_bundle_and_404_on_get()
    {
        var ccrn = await LodgeAsync("A-1");
        await BundleAsync("B-1", ccrns: ccrn);

        var answer = await PostAsync(OtherShipper, AciPath, Documents.Aci("A-1", Now.AddHours(3), "AMEND", ccrn));

        Assert.Equal(["R020"], answer.ErrorCodes);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(OtherShipper, $"{AciPath}/{ccrn}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Cnsw, $"{AciPath}/{ccrn}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(OtherDriver, $"{AciPath}/{ccrn}")).Status);
    }

    [Fact]
    public async Task Field_errors_and_R021_are_reported_together_in_code_order()
    {
        var ccrn = await LodgeAsync("A-1");
        await BundleAsync("B-1", ccrns: ccrn);

        var answer = await PostAsync(Shipper, AciPath, Documents.Aci("A-2", Now.AddMinutes(10), "AMEND", ccrn, description: "FAK"));

        Assert.Equal(["R010", "R012", "R021"], answer.ErrorCodes);
    }

    [Fact]
    public async Task Amend_is_accepted_again_once_the_bundle_is_unbundled_or_lapsed()
    {
        var ccrn = await LodgeAsync("A-1");
        var bundleRef = await BundleAsync("B-1", ccrns: ccrn);
        var bundled = await GetAsync(Shipper, $"{AciPath}/{ccrn}");
        Assert.Equal("BUNDLED", bundled.Element("Status"));
        Assert.Equal(bundleRef, bundled.Element("BundleRef"));

        var unbundled = await DeleteAsync(Driver, $"{BundlesPath}/{bundleRef}", "D-1");
        Assert.Equal("UNBUNDLED", unbundled.Element("Status"));
        var lodged = await GetAsync(Shipper, $"{AciPath}/{ccrn}");
        Assert.Equal("LODGED", lodged.Element("Status"));
        Assert.Null(lodged.Element("BundleRef"));
        Assert.Equal("ACCEPTED", (await PostAsync(Shipper, AciPath, Documents.Aci("A-2", Now.AddHours(3), "AMEND", ccrn))).Element("Status"));

        // A new bundle lapses 24 hours after its ExpectedArrival.
        await BundleAsync("B-2", ccrns: ccrn);
        Clock.Advance(TimeSpan.FromHours(26) - TimeSpan.FromSeconds(1));
        Assert.Equal(["R021"], (await PostAsync(Shipper, AciPath, Documents.Cancel("A-3", ccrn))).ErrorCodes);
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("LODGED", (await GetAsync(Shipper, $"{AciPath}/{ccrn}")).Element("Status"));
        Assert.Equal("ACCEPTED", (await PostAsync(Shipper, AciPath, Documents.Cancel("A-4", ccrn))).Element("Status"));
    }

    [Fact]
    public async Task Ssdd_lodgement_belongs_to_the_mainland_key_and_any_driver_may_bundle_it()
    {
        var ccrn = await LodgeAsync("S-1", Cnsw, SsddPath, source: "CNSW");
        var record = await GetAsync(Cnsw, $"{AciPath}/{ccrn}");
        Assert.Equal("CNSW", record.Element("Source"));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Shipper, $"{AciPath}/{ccrn}")).Status);

        Assert.Equal(["R020"], (await PostAsync(Shipper, AciPath, Documents.Aci("A-1", Now.AddHours(3), "AMEND", ccrn))).ErrorCodes);
        Assert.Equal("ACCEPTED", (await PostAsync(Cnsw, SsddPath, Documents.Aci("S-2", Now.AddHours(3), "AMEND", ccrn, source: "CNSW"))).Element("Status"));
        Assert.Equal("2", (await GetAsync(Cnsw, $"{AciPath}/{ccrn}")).Element("Version"));

        await BundleAsync("B-1", key: OtherDriver, ccrns: ccrn);
        Assert.Equal(["R021"], (await PostAsync(Cnsw, SsddPath, Documents.Cancel("S-3", ccrn, "CNSW"))).ErrorCodes);
    }

    [Fact]
    public async Task Ssdd_needs_the_mainland_key_and_source_CNSW()
    {
        Assert.Equal(["R040"], (await PostAsync(Shipper, SsddPath, Documents.Aci("S-1", Now.AddHours(3), source: "CNSW"))).ErrorCodes);
        Assert.Equal(["R040"], (await PostAsync(Cnsw, SsddPath, Documents.Aci("S-2", Now.AddHours(3)))).ErrorCodes);
        Assert.Equal(["R040"], (await PostAsync(Cnsw, SsddPath, Documents.Aci("S-3", Now.AddHours(3), source: "OTHER"))).ErrorCodes);
        Assert.Equal(["R041"], (await PostAsync(Cnsw, AciPath, Documents.Aci("S-4", Now.AddHours(3)))).ErrorCodes);
        Assert.Equal(["R002"], (await PostAsync(Shipper, AciPath, Documents.Aci("S-5", Now.AddHours(3), source: "CNSW"))).ErrorCodes);
    }

    [Fact]
    public async Task Mainland_key_cannot_amend_a_shippers_aci_through_ssdd()
    {
        var ccrn = await LodgeAsync("A-1");

        var answer = await PostAsync(Cnsw, SsddPath, Documents.Aci("S-1", Now.AddHours(3), "AMEND", ccrn, source: "CNSW"));

        Assert.Equal(["R020"], answer.ErrorCodes);
    }

    [Fact]
    public async Task Get_of_a_malformed_or_unknown_ccrn_is_404_and_the_driver_role_alone_reads_any()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Shipper, $"{AciPath}/C261126000000010")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Shipper, $"{AciPath}/{Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today, 9)}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Shipper, $"{AciPath}/nothing")).Status);
    }

    [Fact]
    public async Task Ccrns_of_one_day_count_up_from_the_legacy_block_and_restart_the_next_day()
    {
        Assert.Equal(Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today, 1), await LodgeAsync("A-1"));
        Assert.Equal(Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today, 2), await LodgeAsync("A-2"));
        Clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(Strangler.Contracts.CheckDigits.CcrnNumber.Create(Today.AddDays(1), 1), await LodgeAsync("A-3"));
    }
}

public sealed class AciRuleTestsOnSqlite() : AciRuleTests(onPostgres: false);

public sealed class AciRuleTestsOnPostgres() : AciRuleTests(onPostgres: true);
