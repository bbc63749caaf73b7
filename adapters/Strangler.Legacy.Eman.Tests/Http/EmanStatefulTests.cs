namespace Strangler.Legacy.Eman.Tests.Http;

/// <summary>Duplicates (E019), amendments (E010, E018), cancellations, late Statement 2 and the notice feed, over loopback HTTP.</summary>
public abstract class EmanStatefulTests : EmanHostTestBase
{
    private const string Ref = "EM12601150000001";

    [Fact]
    public async Task A_second_original_for_a_live_trip_is_E019_and_a_cancelled_trip_takes_a_new_original()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);
        await PostTextAsync("test-msc", body);

        var duplicate = Single(await PostTextAsync("test-msc", EmanMessages.WithInterchangeRef(body, "EM0000001", "DUP1")));
        var cancelled = Single(await PostTextAsync("test-msc", EmanMessages.Cancellation(Now, Ref, "CX1")));
        var fresh = Single(await PostTextAsync("test-msc", EmanMessages.WithInterchangeRef(body, "EM0000001", "NEW1")));

        Assert.Equal(["E019"], Codes(duplicate));
        Assert.Equal(["CX"], cancelled.Statuses);
        Assert.Equal(Ref, cancelled.IssuedReference);
        Assert.True(fresh.Accepted);
        Assert.Equal("EM12601150000002", fresh.IssuedReference);
    }

    [Fact]
    public async Task An_amendment_adds_a_version_under_the_same_ref_and_the_get_shows_it()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);
        await PostTextAsync("test-msc", body);
        Clock.Advance(TimeSpan.FromMinutes(30));
        var amendment = EmanMessages.Amendment(body, Ref, "AM1").Replace("MSC-V123E-HKG-IM", "MSC-V123E-HKG-IM-A1", StringComparison.Ordinal);

        var answer = Single(await PostTextAsync("test-msc", amendment));
        var current = Single(await GetTextAsync("test-msc", $"eman/v1/manifests/{Ref}"));

        Assert.True(answer.Accepted);
        Assert.Equal(Ref, answer.IssuedReference);
        Assert.Equal("MSC-V123E-HKG-IM-A1", current.DocumentNumber);
        Assert.Equal(("AM1", "M1"), (current.AnsweredInterchangeRef, current.AnsweredMessageRef));
        Assert.Equal(Now, current.IssuedAt);
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM EMN_MANIFEST_VERSION"));
        Assert.Equal(6, await CountAsync("SELECT COUNT(*) FROM EMN_GOODS_ITEM"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_MANIFEST"));
    }

    [Fact]
    public async Task An_amendment_that_changes_the_voyage_is_E010()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);
        await PostTextAsync("test-msc", body);
        var amendment = EmanMessages.Amendment(body, Ref, "AM1").Replace("TDT+20+V123E+", "TDT+20+V999E+", StringComparison.Ordinal);

        var answer = Single(await PostTextAsync("test-msc", amendment));

        Assert.Equal(["E010"], Codes(answer));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_MANIFEST_VERSION"));
    }

    [Fact]
    public async Task Amending_or_cancelling_an_unknown_foreign_or_cancelled_manifest_is_E018()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);
        await PostTextAsync("test-msc", body);
        await PostTextAsync("test-cathay", EmanMessages.Sample("eman/03-air-import-s2-accepted.edi", Now));

        var unknown = Single(await PostTextAsync("test-msc", EmanMessages.Amendment(body, "EM12601150000009", "AM1")));
        var foreign = Single(await PostTextAsync("test-msc", EmanMessages.Cancellation(Now, "EM42601150000001", "CX1")));
        await PostTextAsync("test-msc", EmanMessages.Cancellation(Now, Ref, "CX2"));
        var cancelled = Single(await PostTextAsync("test-msc", EmanMessages.Amendment(body, Ref, "AM2")));
        var cancelTwice = Single(await PostTextAsync("test-msc", EmanMessages.Cancellation(Now, Ref, "CX3")));

        Assert.Equal(["E018"], Codes(unknown));
        Assert.Equal(["E018"], Codes(foreign));
        Assert.Equal(["E018"], Codes(cancelled));
        Assert.Equal(["E018"], Codes(cancelTwice));
    }

    [Fact]
    public async Task A_cancelled_manifest_answers_its_cancellation_on_get()
    {
        await StartAsync();
        await PostTextAsync("test-msc", EmanMessages.Sample(EmanMessages.SeaImport, Now));
        await PostTextAsync("test-msc", EmanMessages.Cancellation(Now, Ref, "CX1"));

        var current = Single(await GetTextAsync("test-msc", $"eman/v1/manifests/{Ref}"));

        Assert.Equal(["CX"], current.Statuses);
        Assert.Equal("MSC-V123E-HKG-IM-CX", current.DocumentNumber);
        Assert.Equal(("CX1", "M1"), (current.AnsweredInterchangeRef, current.AnsweredMessageRef));
    }

    [Fact]
    public async Task A_statement_2_lodged_more_than_14_days_after_arrival_is_accepted_late()
    {
        await StartAsync();
        var sample = EmanMessages.Sample("eman/03-air-import-s2-accepted.edi", Now);
        var arrival = Now.AddDays(-2).ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);
        var late = sample.Replace($"DTM+132:{arrival}", $"DTM+132:{Now.AddDays(-15):yyyyMMddHHmm}", StringComparison.Ordinal);
        var onTime = EmanMessages.WithInterchangeRef(
            sample.Replace($"DTM+132:{arrival}", $"DTM+132:{Now.AddDays(-14):yyyyMMdd}0000", StringComparison.Ordinal)
                .Replace("TDT+20+CX251+", "TDT+20+CX253+", StringComparison.Ordinal), "EM0000003", "ONTIME");

        var lateAnswer = Single(await PostTextAsync("test-cathay", late));
        var onTimeAnswer = Single(await PostTextAsync("test-cathay", onTime));
        var lateGet = Single(await GetTextAsync("test-cathay", "eman/v1/manifests/EM42601150000001"));

        Assert.Equal(["AC", "LT"], lateAnswer.Statuses);
        Assert.Equal(["AC"], onTimeAnswer.Statuses);
        Assert.Equal(["AC", "LT"], lateGet.Statuses);
    }

    [Fact]
    public async Task A_detained_statement_1_import_gets_a_detention_notice_then_a_release_voucher_after_the_examination()
    {
        await StartAsync(new Dictionary<string, string?> { ["Risk:SelectionRate"] = "1" });
        await PostTextAsync("test-msc", EmanMessages.Sample(EmanMessages.SeaImport, Now));

        var beforeRelease = Read(await GetTextAsync("test-msc", "eman/v1/notices"));
        Clock.Advance(TimeSpan.FromHours(4));
        var afterRelease = await GetTextAsync("test-msc", "eman/v1/notices?after=1");
        var otherKey = Read(await GetTextAsync("test-cathay", "eman/v1/notices"));

        var detention = Assert.Single(beforeRelease.Messages);
        Assert.Equal(["DN"], detention.Statuses);
        Assert.Equal("1", detention.Cursor);
        Assert.Equal(["1 MSCUHK1234567", "2 MSCUHK1234568"], detention.Consignments.Select(c => $"{c.Sequence} {c.TransportDocumentNumber}"));
        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKEMAN:ZZZ+MSCUAGENT:ZZZ+260115:1600+R0000000000003'\n" +
            "UNH+1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+EM12601150000001+29'\nDTM+182:202601151600:203'\nRFF+ACD:2'\n" +
            "GIS+RV:HKS'\nCNI+1+MSCUHK1234567'\nCNI+2+MSCUHK1234568'\nFTX+AAO+++RELEASED'\nUNT+9+1'\nUNZ+1+R0000000000003'\n",
            afterRelease);
        Assert.Empty(otherKey.Messages);
    }

    [Fact]
    public async Task Watched_goods_are_detained_without_random_selection_and_an_amendment_does_not_detain_them_twice()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now).Replace("PLASTIC TOY FIGURES", "CARVED IVORY FIGURES", StringComparison.Ordinal);
        await PostTextAsync("test-msc", body);
        await PostTextAsync("test-msc", EmanMessages.Amendment(body, Ref, "AM1"));

        var feed = Read(await GetTextAsync("test-msc", "eman/v1/notices?after=0&max=10"));

        var detention = Assert.Single(feed.Messages);
        Assert.Equal(["2 MSCUHK1234568"], detention.Consignments.Select(c => $"{c.Sequence} {c.TransportDocumentNumber}"));
    }

    [Fact]
    public async Task Statement_2_and_export_manifests_are_not_risk_assessed()
    {
        await StartAsync(new Dictionary<string, string?> { ["Risk:SelectionRate"] = "1" });
        await PostTextAsync("test-cathay", EmanMessages.Sample("eman/03-air-import-s2-accepted.edi", Now));

        var feed = await GetTextAsync("test-cathay", "eman/v1/notices");

        Assert.Empty(Read(feed).Messages);
        Assert.Contains("UNZ+0+", feed, StringComparison.Ordinal);
    }
}
