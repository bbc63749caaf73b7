using System.Net;
using System.Text.Json;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Consignments;
using Strangler.Core.Model.Documents;
using Strangler.Core.Testing;
using static Strangler.Core.PostClearance.Tests.CanonicalDocuments;

namespace Strangler.Core.PostClearance.Tests;

/// <summary>
/// Matching and the 14-day follow-up over real HTTP. The clock is shared by the class: every time is computed from
/// <c>server.Clock</c>, and each test uses its own document numbers.
/// </summary>
public abstract class PostClearanceTests(CoreServer server)
{
    private readonly AdminCalls _admin = new(server);

    [Fact]
    public async Task Manifested_cargo_undeclared_15_days_after_arrival_opens_exactly_one_case_and_a_late_declaration_closes_it()
    {
        var id = NewId();
        var (declared, undeclared) = ("BL" + id + "A", "BL" + id + "B");
        var arrival = HongKongTime.Now(server.Clock);
        await SaveAsync(server, "EM" + id, SeaManifest(arrival,
            Consignment(TransportDocumentKind.BillOfLading, declared),
            Consignment(TransportDocumentKind.BillOfLading, undeclared)), SourceInterface.Eman);
        await SaveAsync(server, "TD" + id, Declaration(new TransportDocument(TransportDocumentKind.BillOfLading, declared)), SourceInterface.Gets);

        server.Clock.Advance(TimeSpan.FromDays(15));
        await _admin.RunAsync(); // the background run may have opened the case already: either way, one case

        var open = Assert.Single(await _admin.CasesOfAsync("open", declared, undeclared));
        Assert.Equal(undeclared, open.GetProperty("transportDocument").GetString());
        Assert.Equal("BillOfLading", open.GetProperty("kind").GetString());
        Assert.Equal("EM" + id, open.GetProperty("manifestedIn").GetString());
        Assert.Equal("sea", open.GetProperty("mode").GetString());
        Assert.Equal("MSCU", open.GetProperty("carrier").GetString());
        Assert.Equal("test-eman", open.GetProperty("clientKey").GetString());
        Assert.Equal(HongKongTime.Date(arrival).ToString("yyyy-MM-dd"), open.GetProperty("importExportDate").GetString());
        Assert.Equal(HongKongTime.ReceivedAt(server.Clock), open.GetProperty("openedAt").GetDateTimeOffset());
        Assert.Equal(1, open.GetProperty("daysOverdue").GetInt32());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("closedAt").ValueKind);

        server.Clock.Advance(TimeSpan.FromDays(2));
        await SaveAsync(server, "TL" + id, Declaration(new TransportDocument(TransportDocumentKind.BillOfLading, undeclared)), SourceInterface.Gets);
        await _admin.RunAsync();

        Assert.Empty(await _admin.CasesOfAsync("open", undeclared));
        var closed = Assert.Single(await _admin.CasesOfAsync("closed", undeclared));
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("TL" + id, closed.GetProperty("closedBy").GetString());
        Assert.Equal(HongKongTime.ReceivedAt(server.Clock), closed.GetProperty("closedAt").GetDateTimeOffset());
        Assert.Equal(3, closed.GetProperty("daysOverdue").GetInt32());
        Assert.Equal(open.GetProperty("id").GetInt64(), closed.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Cargo_is_followed_up_on_the_15th_Hong_Kong_calendar_day_after_import_not_on_the_14th()
    {
        var id = NewId();
        var number = "BL" + id;

        // 00:30 in Hong Kong is the previous day in UTC: a UTC date would make the cargo a day older.
        var fourteenDaysAgo = HongKongTime.Date(HongKongTime.Now(server.Clock)).AddDays(-14);
        var arrival = new DateTimeOffset(fourteenDaysAgo.ToDateTime(new TimeOnly(0, 30)), HongKongTime.Offset);
        await SaveAsync(server, "EM" + id, SeaManifest(arrival, Consignment(TransportDocumentKind.BillOfLading, number)), SourceInterface.Eman);

        await _admin.RunAsync();
        Assert.Empty(await _admin.CasesOfAsync("open", number));

        var now = HongKongTime.Now(server.Clock);
        var nextMidnight = new DateTimeOffset(HongKongTime.Date(now).AddDays(1).ToDateTime(TimeOnly.MinValue), HongKongTime.Offset);
        server.Clock.Advance(nextMidnight - now);
        await _admin.RunAsync();

        var open = Assert.Single(await _admin.CasesOfAsync("open", number));
        Assert.Equal(fourteenDaysAgo.ToString("yyyy-MM-dd"), open.GetProperty("importExportDate").GetString());
        Assert.Equal(nextMidnight, open.GetProperty("openedAt").GetDateTimeOffset());
        Assert.Equal(1, open.GetProperty("daysOverdue").GetInt32());
    }

    [Fact]
    public async Task A_declaration_naming_a_document_not_on_the_platform_is_listed_as_unmatched()
    {
        var id = NewId();
        await SaveAsync(server, "EM" + id, SeaManifest(HongKongTime.Now(server.Clock), Consignment(TransportDocumentKind.BillOfLading, "BL" + id)), SourceInterface.Eman);
        await SaveAsync(server, "TA" + id, Declaration(new TransportDocument(TransportDocumentKind.BillOfLading, "BL" + id)), SourceInterface.Gets);
        await SaveAsync(server, "TB" + id, Declaration(
            new TransportDocument(TransportDocumentKind.BillOfLading, "BL" + id),
            new TransportDocument(TransportDocumentKind.AirWaybill, "999-" + id)), SourceInterface.Gets);
        await _admin.RunAsync();

        var unmatched = (await _admin.AllAsync("/unmatched-declarations"))
            .Where(d => d.GetProperty("tdec").GetString()!.EndsWith(id, StringComparison.Ordinal)).ToList();
        var declaration = Assert.Single(unmatched);
        Assert.Equal("TB" + id, declaration.GetProperty("tdec").GetString());
        Assert.Equal("test-gets", declaration.GetProperty("clientKey").GetString());
        var document = Assert.Single(declaration.GetProperty("unmatched").EnumerateArray());
        Assert.Equal("AirWaybill", document.GetProperty("kind").GetString());
        Assert.Equal("999-" + id, document.GetProperty("transportDocument").GetString());
    }

    [Fact]
    public async Task Matches_of_a_transport_document_and_of_a_tdec_show_each_other_across_number_spellings()
    {
        var id = NewId();
        var awb = "160-" + id;
        await SaveAsync(server, "AC" + id, AirWaybill(HongKongTime.Date(HongKongTime.Now(server.Clock)), awb), SourceInterface.Accs);
        await SaveAsync(server, "EM" + id, SeaManifest(HongKongTime.Now(server.Clock),
            Consignment(TransportDocumentKind.BillOfLading, "BL" + id, null, "LIC" + id, "PHA" + id)), SourceInterface.Eman);
        await SaveAsync(server, "TD" + id, Declaration(
            new TransportDocument(TransportDocumentKind.AirWaybill, "160" + id),
            new TransportDocument(TransportDocumentKind.BillOfLading, "bl-" + id)), SourceInterface.Gets);
        await _admin.RunAsync();

        var byAwb = await _admin.GetAsync("/matches?reference=" + awb);
        var consignment = Assert.Single(byAwb.GetProperty("consignments").EnumerateArray());
        Assert.Equal("AC" + id, consignment.GetProperty("manifestedIn").GetString());
        Assert.Equal("air", consignment.GetProperty("mode").GetString());
        Assert.Equal("TD" + id, Assert.Single(byAwb.GetProperty("declarations").EnumerateArray()).GetProperty("tdec").GetString());

        var byTdec = await _admin.GetAsync("/matches?reference=TD" + id);
        Assert.Equal(
            new[] { "AC" + id + " " + awb, "EM" + id + " BL" + id },
            byTdec.GetProperty("consignments").EnumerateArray()
                .Select(c => c.GetProperty("manifestedIn").GetString() + " " + c.GetProperty("transportDocument").GetString()));
        var sea = byTdec.GetProperty("consignments")[1];
        Assert.Equal(new[] { "LIC" + id, "PHA" + id }, sea.GetProperty("licences").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(2, byTdec.GetProperty("declarations").GetArrayLength());
    }

    [Fact]
    public async Task Road_cargo_is_matched_by_ccrn_and_a_cancelled_manifest_is_not_followed_up()
    {
        var id = NewId();
        await SaveAsync(server, "C" + id, Aci(HongKongTime.Now(server.Clock)), SourceInterface.Rocars);
        await SaveAsync(server, "TD" + id, Declaration(new TransportDocument(TransportDocumentKind.Ccrn, "C" + id)), SourceInterface.Gets);
        await SaveAsync(server, "EM" + id, SeaManifest(HongKongTime.Now(server.Clock), Consignment(TransportDocumentKind.BillOfLading, "BL" + id)), SourceInterface.Eman);
        await SaveAsync(server, "EM" + id, null, SourceInterface.Eman, number: 2, function: DocumentFunction.Cancellation);

        server.Clock.Advance(TimeSpan.FromDays(16));
        await _admin.RunAsync();

        Assert.Empty(await _admin.CasesOfAsync("open", "C" + id, "BL" + id));
        var matches = await _admin.GetAsync("/matches?reference=C" + id);
        Assert.Equal("road", Assert.Single(matches.GetProperty("consignments").EnumerateArray()).GetProperty("mode").GetString());
        Assert.Equal("TD" + id, Assert.Single(matches.GetProperty("declarations").EnumerateArray()).GetProperty("tdec").GetString());
        var (status, _, _) = await _admin.SendAsync(HttpMethod.Get, "/matches?reference=BL" + id, CoreServer.AuditorToken);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Running_again_changes_nothing()
    {
        var id = NewId();
        await SaveAsync(server, "EM" + id, SeaManifest(HongKongTime.Now(server.Clock), Consignment(TransportDocumentKind.BillOfLading, "BL" + id)), SourceInterface.Eman);
        server.Clock.Advance(TimeSpan.FromDays(15));
        await _admin.RunAsync();
        var before = await _admin.SendAsync(HttpMethod.Get, "/cases?status=open&max=500");
        var closedBefore = await _admin.SendAsync(HttpMethod.Get, "/cases?status=closed&max=500");

        var again = await _admin.RunAsync();

        Assert.Equal(0, again.GetProperty("openedCases").GetInt32());
        Assert.Equal(0, again.GetProperty("closedCases").GetInt32());
        Assert.Equal(before, await _admin.SendAsync(HttpMethod.Get, "/cases?status=open&max=500"));
        Assert.Equal(closedBefore, await _admin.SendAsync(HttpMethod.Get, "/cases?status=closed&max=500"));
        Assert.Single(await _admin.CasesOfAsync("open", "BL" + id));
    }

    [Fact]
    public async Task Reading_needs_a_token_and_running_needs_an_operator()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _admin.SendAsync(HttpMethod.Get, "/cases", token: null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _admin.SendAsync(HttpMethod.Get, "/cases", token: "not-a-token")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _admin.SendAsync(HttpMethod.Post, "/runs", token: null)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _admin.SendAsync(HttpMethod.Post, "/runs", CoreServer.AuditorToken)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Get, "/cases", CoreServer.AuditorToken)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, "/runs", CoreServer.OperatorToken)).Status);
    }

    [Theory]
    [InlineData("/cases?status=pending", "status must be open or closed.")]
    [InlineData("/cases?mode=ship", "mode must be road, air, sea, river or rail.")]
    [InlineData("/cases?max=0", "max must be a whole number from 1 to 500.")]
    [InlineData("/cases?max=501", "max must be a whole number from 1 to 500.")]
    [InlineData("/cases?after=-1", "after must be a cursor this API returned.")]
    [InlineData("/unmatched-declarations?max=x", "max must be a whole number from 1 to 500.")]
    [InlineData("/matches", "reference must name a TDEC number, transport document or EMAN ref of 1 to 64 characters.")]
    public async Task Bad_queries_are_answered_with_a_problem_details(string path, string detail)
    {
        var (status, mediaType, body) = await _admin.SendAsync(HttpMethod.Get, path, CoreServer.AuditorToken);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Cases_can_be_listed_by_mode()
    {
        var id = NewId();
        await SaveAsync(server, "AC" + id, AirWaybill(HongKongTime.Date(HongKongTime.Now(server.Clock)), "160-" + id), SourceInterface.Accs);
        await SaveAsync(server, "EM" + id, SeaManifest(HongKongTime.Now(server.Clock), Consignment(TransportDocumentKind.BillOfLading, "BL" + id)), SourceInterface.Eman);
        server.Clock.Advance(TimeSpan.FromDays(15));
        await _admin.RunAsync();

        var air = (await _admin.AllAsync("/cases?status=open&mode=air")).Select(c => c.GetProperty("transportDocument").GetString()).ToList();
        var sea = (await _admin.AllAsync("/cases?status=open&mode=sea")).Select(c => c.GetProperty("transportDocument").GetString()).ToList();

        Assert.Contains("160-" + id, air);
        Assert.DoesNotContain("BL" + id, air);
        Assert.Contains("BL" + id, sea);
        Assert.DoesNotContain("160-" + id, sea);
    }

    [Fact]
    public async Task Transhipments_and_masters_with_manifested_houses_are_not_followed_up_but_their_houses_are()
    {
        var id = NewId();
        var transhipment = Consignment(TransportDocumentKind.BillOfLading, "TS" + id) with { IsTranshipment = true };
        await SaveAsync(server, "EM" + id, SeaManifest(HongKongTime.Now(server.Clock),
            transhipment,
            Consignment(TransportDocumentKind.BillOfLading, "MB" + id),
            Consignment(TransportDocumentKind.BillOfLading, "HB" + id, "MB" + id)), SourceInterface.Eman);
        server.Clock.Advance(TimeSpan.FromDays(15));
        await _admin.RunAsync();

        var open = Assert.Single(await _admin.CasesOfAsync("open", "TS" + id, "MB" + id, "HB" + id));
        Assert.Equal("HB" + id, open.GetProperty("transportDocument").GetString());
    }

    [Fact]
    public async Task An_amendment_stored_after_a_run_is_indexed_by_the_next_run()
    {
        var id = NewId();
        var arrival = HongKongTime.Now(server.Clock);
        await SaveAsync(server, "EM" + id, SeaManifest(arrival,
            Consignment(TransportDocumentKind.BillOfLading, "BL" + id + "A"),
            Consignment(TransportDocumentKind.BillOfLading, "BL" + id + "B")), SourceInterface.Eman);
        await _admin.RunAsync();
        await SaveAsync(server, "EM" + id, SeaManifest(arrival, Consignment(TransportDocumentKind.BillOfLading, "BL" + id + "B")),
            SourceInterface.Eman, number: 2, function: DocumentFunction.Amendment);

        server.Clock.Advance(TimeSpan.FromDays(15));
        await _admin.RunAsync();

        var open = Assert.Single(await _admin.CasesOfAsync("open", "BL" + id + "A", "BL" + id + "B"));
        Assert.Equal("BL" + id + "B", open.GetProperty("transportDocument").GetString());
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
}

public sealed class SqlitePostClearanceTests(SqlitePostClearanceServer server) : PostClearanceTests(server), IClassFixture<SqlitePostClearanceServer>;

public sealed class PostgresPostClearanceTests(PostgresPostClearanceServer server) : PostClearanceTests(server), IClassFixture<PostgresPostClearanceServer>;
