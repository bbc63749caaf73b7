using System.Net;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Strangler.Core.Gets.Tests;

/// <summary>POST /gets/v1/messages over real HTTP: the samples, replays, round-the-clock answers.</summary>
public abstract partial class GetsTests(CoreServer server)
{
    [Fact]
    public async Task Sample_01_is_accepted_with_a_new_core_sea_tdec_number_and_charge_7_00()
    {
        var id = NewId();
        var answer = await AnswerOf(Sample("gets/01-import-sea-accepted.edi", id));
        var tdec = TdecOf(answer);
        Assert.Matches(TdecPattern('1', Now), tdec);
        Assert.Equal(
            Answer(AnswerRefOf(answer), Now, "TRADELINK01",
                Cusres("M1", $"LRN-{id}-1", true, Now, $"{id}:M1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:7.00:HKD")),
            answer);
        Assert.Matches("^R[5-9][0-9]{12}$", AnswerRefOf(answer));
    }

    [Fact]
    public async Task Sample_02_is_accepted_with_an_air_tdec_number_and_a_late_penalty()
    {
        var id = NewId();
        var answer = await AnswerOf(Sample("gets/02-export-air-late-penalty.edi", id));
        var tdec = TdecOf(answer);
        Assert.Matches(TdecPattern('4', Now), tdec);
        Assert.Equal(
            Answer(AnswerRefOf(answer), Now, "TRADELINK01",
                Cusres("M1", $"LRN-{id}-2", true, Now, $"{id}:M1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:0.20:HKD", "MOA+55:20.00:HKD")),
            answer);
    }

    [Fact]
    public async Task Sample_03_is_rejected_with_E015_only()
    {
        var id = NewId();
        var answer = await AnswerOf(Sample("gets/03-vague-description-rejected.edi", id));
        Assert.Equal(
            Answer(AnswerRefOf(answer), Now, "TRADELINK01",
                Cusres("M1", $"LRN-{id}-3", false, Now, $"{id}:M1", Error("E015", "GOODS DESCRIPTION TOO VAGUE"))),
            answer);
    }

    [Fact]
    public async Task Sample_04_accepts_the_first_message_and_rejects_the_second_with_E003()
    {
        var id = NewId();
        var answer = await AnswerOf(Sample("gets/04-two-messages-one-bad-unt.edi", id));
        var tdec = TdecOf(answer);
        Assert.Matches(TdecPattern('3', Now), tdec);
        Assert.Equal(
            Answer(AnswerRefOf(answer), Now, "TRADELINK01",
                Cusres("M1", $"LRN-{id}-4", true, Now, $"{id}:M1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:0.20:HKD"),
                Cusres("M2", $"LRN-{id}-5", false, Now, $"{id}:M2", Error("E003", "UNT SEGMENT COUNT OR MESSAGE REFERENCE WRONG"))),
            answer);
    }

    [Fact]
    public async Task Sample_05_pre_shipment_dated_after_receipt_is_accepted_by_the_new_core()
    {
        var id = NewId();
        var answer = await AnswerOf(Sample("gets/05-pre-shipment-new-core.edi", id));
        var tdec = TdecOf(answer);
        Assert.Matches(TdecPattern('4', Now), tdec);
        Assert.Equal(
            Answer(AnswerRefOf(answer), Now, "TRADELINK01",
                Cusres("M1", $"LRN-{id}-6", true, Now, $"{id}:M1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:25.70:HKD")),
            answer);
    }

    [Fact]
    public async Task A_declaration_dated_after_receipt_without_GIS_PS_is_E017()
    {
        var id = NewId();
        var answer = await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Import("L" + id, Today.AddDays(2)))));
        Assert.Contains("ERC+E017:HKE'\nFTX+AAO+++DATE OF IMPORT OR EXPORT IS AFTER DATE OF RECEIPT'", answer);
        var accepted = await AnswerOf(Cusdec.Interchange(id + "P", ("M1", Cusdec.Import("L" + id, Today.AddDays(2), preShipment: true))));
        Assert.Contains("GIS+AC:HKS'\nMOA+161:2.00:HKD'\nUNT", accepted);
    }

    [Fact]
    public async Task A_resend_gets_the_recorded_answer_byte_for_byte_even_with_other_line_breaks()
    {
        var body = Sample("gets/01-import-sea-accepted.edi", NewId());
        var first = await AnswerOf(body);
        server.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(first, await AnswerOf(body));
        Assert.Equal(first, await AnswerOf(body.Replace("'\n", "'\r\n")));
    }

    [Fact]
    public async Task A_recorded_message_ref_with_different_content_is_E008_and_other_messages_are_processed()
    {
        var id = NewId();
        var first = await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Import("A" + id, Today))));
        var tdec = TdecOf(first);
        var recorded = Cusres("M1", "A" + id, true, Now, $"{id}:M1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:2.00:HKD");
        server.Clock.Advance(TimeSpan.FromMinutes(1));

        var changed = Cusdec.Interchange(id, ("M1", Cusdec.Import("A" + id, Today, "60000.01")), ("M2", Cusdec.Import("B" + id, Today)));
        var answer = await AnswerOf(changed);
        var tdec2 = TdecOf(answer[answer.IndexOf("UNH+M2", StringComparison.Ordinal)..]);
        var e008 = Cusres("M1", "A" + id, false, Now, $"{id}:M1", Error("E008", "REFERENCE ALREADY USED FOR A DIFFERENT MESSAGE"));
        var m2 = Cusres("M2", "B" + id, true, Now, $"{id}:M2", $"RFF+ABT:{tdec2}", "GIS+AC:HKS", "MOA+161:2.00:HKD");
        Assert.Equal(Answer(AnswerRefOf(answer), Now, "TRADELINK01", e008, m2), answer);

        // M1 unchanged with M2 now recorded: both copied into a new answer interchange (new ref, this request's UNB time).
        var both = await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Import("A" + id, Today)), ("M2", Cusdec.Import("B" + id, Today))));
        Assert.Equal(Answer(AnswerRefOf(both), Now, "TRADELINK01", recorded, m2), both);
        Assert.NotEqual(AnswerRefOf(answer), AnswerRefOf(both));
    }

    [Fact]
    public async Task Concurrent_identical_resends_are_stored_once()
    {
        var body = Sample("gets/01-import-sea-accepted.edi", NewId());
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => AnswerOf(body)));
        Assert.Single(answers.Distinct());
        var reader = server.Services.GetRequiredService<DocumentReader>();
        Assert.Single(await reader.VersionsAsync(TdecOf(answers[0])));
    }

    [Fact]
    public async Task A_declaration_received_at_two_in_the_morning_is_answered_at_once()
    {
        var next = Today.AddDays(1);
        var twoAm = new DateTimeOffset(next.Year, next.Month, next.Day, 2, 0, 0, TimeSpan.FromHours(8));
        server.Clock.SetUtcNow(twoAm);
        var id = NewId();
        var answer = await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Import("N" + id, Today.AddDays(-1)))));
        var tdec = TdecOf(answer);
        Assert.Matches(TdecPattern('1', twoAm), tdec);
        Assert.Equal(
            Answer(AnswerRefOf(answer), twoAm, "TRADELINK01",
                Cusres("M1", "N" + id, true, twoAm, $"{id}:M1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:2.00:HKD")),
            answer);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/gets/v1/declarations/" + tdec)).Status);
    }

    [Fact]
    public async Task A_broken_envelope_is_answered_with_E001_and_not_recorded()
    {
        var answer = await AnswerOf("UNA:+.? 'UNB+UNOC:3+TRADELINK01:ZZZ+HKEMAN:ZZZ+261126:1200+BADENV1'\nUNZ+0+BADENV1'\n");
        Assert.Equal(
            Answer(AnswerRefOf(answer), Now, "TRADELINK01",
                Cusres("1", "BADENV1", false, Now, "BADENV1", Error("E001", "INTERCHANGE ENVELOPE INVALID"))),
            answer);
    }
}

public sealed class SqliteGetsTests(SqliteGetsServer server) : GetsTests(server), IClassFixture<SqliteGetsServer>;

public sealed class PostgresGetsTests(PostgresGetsServer server) : GetsTests(server), IClassFixture<PostgresGetsServer>;
