using System.Net;
using Strangler.Contracts.CheckDigits;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>Bundling and unbundling (R031, R032, R034), bundle life and the clearance instruction's choice.</summary>
public abstract class BundleRuleTests(bool onPostgres) : RocarsHost(onPostgres)
{
    [Fact]
    public async Task Unknown_cancelled_and_already_bundled_ccrns_are_R031()
    {
        var bundled = await LodgeAsync("A-1");
        var cancelled = await LodgeAsync("A-2");
        await PostAsync(Shipper, AciPath, Documents.Cancel("A-3", cancelled));
        await BundleAsync("B-1", vrn: "XY1", ccrns: bundled);

        Assert.Equal(["R031"], (await PostAsync(OtherDriver, BundlesPath, Documents.Bundle("B-2", Now.AddHours(2), ccrns: bundled))).ErrorCodes);
        Assert.Equal(["R031"], (await PostAsync(Driver, BundlesPath, Documents.Bundle("B-3", Now.AddHours(2), ccrns: cancelled))).ErrorCodes);
        Assert.Equal(["R031"], (await PostAsync(Driver, BundlesPath, Documents.Bundle("B-4", Now.AddHours(2), ccrns: CcrnNumber.Create(Today, 777)))).ErrorCodes);
    }

    [Fact]
    public async Task A_ccrn_of_another_direction_or_control_point_is_R032_with_the_field_codes()
    {
        var export = await LodgeAsync("A-1", direction: "EXPORT");
        var atMkt = await LodgeAsync("A-2", controlPoint: "MKT");

        Assert.Equal(["R032"], (await PostAsync(Driver, BundlesPath, Documents.Bundle("B-1", Now.AddHours(2), ccrns: export))).ErrorCodes);
        Assert.Equal(["R032"], (await PostAsync(Driver, BundlesPath, Documents.Bundle("B-2", Now.AddHours(2), ccrns: atMkt))).ErrorCodes);
        Assert.Equal(
            ["R030", "R031", "R032", "R033"],
            (await PostAsync(Driver, BundlesPath, Documents.Bundle("B-3", Now.AddMinutes(10), "IO12", ccrns: [export, CcrnNumber.Create(Today, 555)]))).ErrorCodes);
    }

    [Fact]
    public async Task Unbundle_frees_the_ccrns_and_a_second_delete_is_R034()
    {
        var ccrn = await LodgeAsync("A-1");
        var bundleRef = await BundleAsync("B-1", ccrns: ccrn);
        Clock.Advance(TimeSpan.FromMinutes(3));

        var deleted = await DeleteAsync(Driver, $"{BundlesPath}/{bundleRef}", "D-1");
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><BundleResponse xmlns=\"urn:hk:rocars:1\"><MessageId>D-1</MessageId>" +
            $"<Status>UNBUNDLED</Status><BundleRef>{bundleRef}</BundleRef><ReceivedAt>{NowText}</ReceivedAt></BundleResponse>",
            deleted.Text);

        Assert.Equal(["R034"], (await DeleteAsync(Driver, $"{BundlesPath}/{bundleRef}", "D-2")).ErrorCodes);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Driver, "/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC")).Status);
        await BundleAsync("B-2", vrn: "CD56", ccrns: ccrn);
    }

    [Fact]
    public async Task Delete_of_an_unknown_malformed_foreign_or_lapsed_bundle_is_R034()
    {
        var ccrn = await LodgeAsync("A-1");
        var bundleRef = await BundleAsync("B-1", ccrns: ccrn);

        Assert.Equal(["R034"], (await DeleteAsync(Driver, $"{BundlesPath}/B26112604444444", "D-1")).ErrorCodes);
        Assert.Equal(["R034"], (await DeleteAsync(Driver, $"{BundlesPath}/not-a-ref", "D-2")).ErrorCodes);
        Assert.Equal(["R034"], (await DeleteAsync(OtherDriver, $"{BundlesPath}/{bundleRef}", "D-3")).ErrorCodes);
        Assert.Equal(["R041"], (await DeleteAsync(Shipper, $"{BundlesPath}/{bundleRef}", "D-4")).ErrorCodes);
        Clock.Advance(TimeSpan.FromHours(26));
        Assert.Equal(["R034"], (await DeleteAsync(Driver, $"{BundlesPath}/{bundleRef}", "D-5")).ErrorCodes);
    }

    [Fact]
    public async Task Delete_without_or_with_a_too_long_message_id_is_R001_with_an_empty_message_id()
    {
        var missing = await DeleteAsync(Driver, $"{BundlesPath}/B26112600000001", null);
        var tooLong = await DeleteAsync(Driver, $"{BundlesPath}/B26112600000001", new string('M', 36));

        Assert.Equal(["R001"], missing.ErrorCodes);
        Assert.Equal("", missing.Element("MessageId"));
        Assert.Equal(["R001"], tooLong.ErrorCodes);
    }

    [Fact]
    public async Task Clearance_takes_the_earliest_expected_arrival_then_the_smallest_bundle_ref()
    {
        var later = await BundleAsync("B-1", arrivalIn: TimeSpan.FromHours(5), ccrns: await LodgeAsync("A-1"));
        var earlierA = await BundleAsync("B-2", arrivalIn: TimeSpan.FromHours(3), ccrns: await LodgeAsync("A-2"));
        var earlierB = await BundleAsync("B-3", arrivalIn: TimeSpan.FromHours(3), ccrns: await LodgeAsync("A-3"));
        var atShenzhenBay = await LodgeAsync("A-4", controlPoint: "SBY");
        Assert.Equal(["R032"], (await PostAsync(Driver, BundlesPath, Documents.Bundle("B-4", Now.AddHours(1), ccrns: atShenzhenBay))).ErrorCodes);
        await PostAsync(Driver, BundlesPath, Documents.Bundle("B-5", Now.AddHours(1), controlPoint: "SBY", ccrns: atShenzhenBay));

        Assert.Equal(earlierA, (await GetAsync(Driver, "/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC")).Element("BundleRef"));
        await DeleteAsync(Driver, $"{BundlesPath}/{earlierA}", "D-1");
        Assert.Equal(earlierB, (await GetAsync(OtherDriver, "/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC")).Element("BundleRef"));
        await DeleteAsync(Driver, $"{BundlesPath}/{earlierB}", "D-2");
        Assert.Equal(later, (await GetAsync(Driver, "/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC")).Element("BundleRef"));
    }

    [Theory]
    [InlineData("/rocars/xml/v1/clearance?vrn=AB1234")]
    [InlineData("/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC&vrn=AB1234")]
    [InlineData("/rocars/xml/v1/clearance?vrn=AB0123&controlPoint=LMC")]
    [InlineData("/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=XXX")]
    [InlineData("/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=MKT")]
    public async Task Clearance_query_that_is_incomplete_invalid_or_finds_nothing_is_404(string path)
    {
        await BundleAsync("B-1", ccrns: await LodgeAsync("A-1"));

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Driver, path)).Status);
    }

    [Fact]
    public async Task Clearance_is_for_drivers_only()
    {
        await BundleAsync("B-1", ccrns: await LodgeAsync("A-1"));

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(Shipper, "/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(Driver, "/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC")).Status);
    }

    [Fact]
    public async Task A_watched_hs_chapter_stops_the_vehicle()
    {
        var arms = await LodgeAsync("A-1", hsCode: "93069000");
        await BundleAsync("B-1", ccrns: arms);

        Assert.Equal("STOP", (await GetAsync(Driver, "/rocars/xml/v1/clearance?vrn=AB1234&controlPoint=LMC")).Element("Instruction"));
    }

    [Fact]
    public async Task Bundle_lines_follow_the_drivers_order_and_a_ccrn_repeated_is_R031()
    {
        var first = await LodgeAsync("A-1");
        var second = await LodgeAsync("A-2");

        Assert.Equal(["R031"], (await PostAsync(Driver, BundlesPath, Documents.Bundle("B-1", Now.AddHours(2), ccrns: [first, first]))).ErrorCodes);
        var bundleRef = await BundleAsync("B-2", ccrns: [second, first]);
        Assert.Equal(bundleRef, (await GetAsync(Shipper, $"{AciPath}/{first}")).Element("BundleRef"));
        Assert.Equal(bundleRef, (await GetAsync(Shipper, $"{AciPath}/{second}")).Element("BundleRef"));
    }
}

public sealed class BundleRuleTestsOnSqlite() : BundleRuleTests(onPostgres: false);

public sealed class BundleRuleTestsOnPostgres() : BundleRuleTests(onPostgres: true);
