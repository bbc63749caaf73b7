using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Core.Model.Declarations;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Parties;
using Strangler.Core.Model.Transport;
using Strangler.Core.Store.Database;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;

namespace Strangler.Core.Gets.Tests;

/// <summary>Store rules, GET of a declaration, the facade's headers and the acknowledgement feed.</summary>
public abstract partial class GetsTests
{
    private const string E018 = "DECLARATION UNKNOWN, NOT YOURS OR CANCELLED";

    [Fact]
    public async Task Amend_and_cancel_make_versions_that_get_shows_and_then_the_tdec_is_E018()
    {
        var id = NewId();
        var lrn = "L" + id;
        var original = await AnswerOf(Cusdec.Interchange(id + "O", ("M1", Cusdec.Import(lrn, Today.AddDays(-20), "15000.00"))));
        var tdec = TdecOf(original);
        Assert.Contains("MOA+161:0.20:HKD'\nMOA+55:20.00:HKD'\nUNT", original);
        server.Clock.Advance(TimeSpan.FromMinutes(2));

        var amended = await AnswerOf(Cusdec.Interchange(id + "A", ("A1", Cusdec.Import(lrn, Today.AddDays(-20), "100000.00", tdec))));
        Assert.Equal(
            Answer(AnswerRefOf(amended), Now, "TRADELINK01",
                Cusres("A1", lrn, true, Now, $"{id}A:A1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:7.00:HKD")),
            amended);

        var (status, got) = await GetAsync("/gets/v1/declarations/" + tdec);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            Answer(AnswerRefOf(got), Now, "TRADELINK01",
                Cusres("1", lrn, true, Now, $"{id}A:A1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:7.00:HKD", "MOA+55:20.00:HKD")),
            got);

        var changedMode = await AnswerOf(Cusdec.Interchange(id + "B", ("A2", Cusdec.Import(lrn, Today, tdecNo: tdec, mode: "4"))));
        Assert.Contains("ERC+E010:HKE'", changedMode);

        server.Clock.Advance(TimeSpan.FromMinutes(1));
        var cancelled = await AnswerOf(Cusdec.Interchange(id + "C", ("C1", Cusdec.Cancellation(lrn, Today, tdec))));
        Assert.Equal(
            Answer(AnswerRefOf(cancelled), Now, "TRADELINK01", Cusres("C1", lrn, true, Now, $"{id}C:C1", $"RFF+ABT:{tdec}", "GIS+CX:HKS")),
            cancelled);
        (_, got) = await GetAsync("/gets/v1/declarations/" + tdec);
        Assert.Equal(Answer(AnswerRefOf(got), Now, "TRADELINK01", Cusres("1", lrn, true, Now, $"{id}C:C1", $"RFF+ABT:{tdec}", "GIS+CX:HKS")), got);

        var again = await AnswerOf(Cusdec.Interchange(id + "D", ("A3", Cusdec.Import(lrn, Today, tdecNo: tdec))));
        Assert.Equal(Answer(AnswerRefOf(again), Now, "TRADELINK01", Cusres("A3", lrn, false, Now, $"{id}D:A3", Error("E018", E018))), again);
        var reuse = await AnswerOf(Cusdec.Interchange(id + "E", ("M1", Cusdec.Import(lrn, Today))));
        Assert.Contains("ERC+E019:HKE'\nFTX+AAO+++LRN ALREADY USED BY THIS DECLARANT'", reuse);
    }

    [Fact]
    public async Task A_form_2A_export_pays_charge_and_levy_and_get_shows_both()
    {
        var id = NewId();
        var answer = await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Export("L" + id, Today, "123456.78"))));
        var tdec = TdecOf(answer);
        Assert.Matches(TdecPattern('4', Now), tdec);
        Assert.Equal(
            Answer(AnswerRefOf(answer), Now, "TRADELINK01",
                Cusres("M1", "L" + id, true, Now, $"{id}:M1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:10.00:HKD", "MOA+56:37.20:HKD")),
            answer);
        var (_, got) = await GetAsync("/gets/v1/declarations/" + tdec);
        Assert.Equal(
            Answer(AnswerRefOf(got), Now, "TRADELINK01",
                Cusres("1", "L" + id, true, Now, $"{id}:M1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:10.00:HKD", "MOA+56:37.20:HKD")),
            got);
    }

    [Fact]
    public async Task A_malformed_facade_tdec_number_or_answer_ref_is_an_empty_400_and_stores_nothing()
    {
        var id = NewId();
        var body = Cusdec.Interchange(id, ("M1", Cusdec.Import("L" + id, Today)));
        Assert.Equal((HttpStatusCode.BadRequest, ""), await PostAsync(body, adjust: r => Facade(r, issued: "M1=TD9XYZ")));
        Assert.Equal((HttpStatusCode.BadRequest, ""), await PostAsync(body, adjust: r => Facade(r, answerRef: "X123")));
        Assert.Contains("GIS+AC:HKS'", await AnswerOf(body));
    }

    [Fact]
    public async Task A_cancellation_naming_another_lrn_is_E010()
    {
        var id = NewId();
        var tdec = TdecOf(await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Import("L" + id, Today)))));
        var answer = await AnswerOf(Cusdec.Interchange(id + "C", ("C1", Cusdec.Cancellation("X" + id, Today, tdec))));
        Assert.Contains("BGM+962+X" + id + "+27'", answer);
        Assert.Contains("ERC+E010:HKE'", answer);
    }

    [Fact]
    public async Task An_unknown_or_other_keys_tdec_is_E018_and_get_is_404_for_another_key()
    {
        var id = NewId();
        var unknown = await AnswerOf(Cusdec.Interchange(id + "U", ("A1", Cusdec.Import("L" + id, Today, tdecNo: "TD12611260000042"))));
        Assert.Contains("ERC+E018:HKE'", unknown);

        var tdec = TdecOf(await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Import("L" + id, Today)))));
        var other = await AnswerOf(Cusdec.Interchange(id + "X", ("A1", Cusdec.Import("L" + id, Today, tdecNo: tdec))), GetsSettings.OtherKey);
        Assert.Equal(Answer(AnswerRefOf(other), Now, "TRADELINK01", Cusres("A1", "L" + id, false, Now, $"{id}X:A1", Error("E018", E018))), other);
        Assert.Equal((HttpStatusCode.NotFound, ""), await GetAsync("/gets/v1/declarations/" + tdec, GetsSettings.OtherKey));
        Assert.Equal((HttpStatusCode.NotFound, ""), await GetAsync("/gets/v1/declarations/TD12611260000042"));
        Assert.Equal((HttpStatusCode.NotFound, ""), await GetAsync("/gets/v1/declarations/NOT-A-TDEC"));
    }

    [Fact]
    public async Task An_lrn_is_E019_for_the_same_declarant_under_any_key_but_stays_free_after_a_rejection()
    {
        var id = NewId();
        var rejected = await AnswerOf(Cusdec.Interchange(id + "R", ("M1", Cusdec.Import("L" + id, Today, "0"))));
        Assert.Contains("ERC+E016:HKE'", rejected);
        Assert.Contains("GIS+AC:HKS'", await AnswerOf(Cusdec.Interchange(id, ("M1", Cusdec.Import("L" + id, Today)))));
        var reuse = await AnswerOf(Cusdec.Interchange(id + "S", ("M1", Cusdec.Import("L" + id, Today))), GetsSettings.OtherKey);
        Assert.Equal(
            Answer(AnswerRefOf(reuse), Now, "TRADELINK01",
                Cusres("M1", "L" + id, false, Now, $"{id}S:M1", Error("E019", "LRN ALREADY USED BY THIS DECLARANT"))),
            reuse);
    }

    [Fact]
    public async Task A_declaration_lodged_through_the_json_api_is_shown_with_the_fallback_refs()
    {
        var tdec = $"TD3{Now:yyMMdd}9{Random.Shared.Next(1_000_000):D6}";
        var at = Now.AddMinutes(-5);
        var writer = server.Services.GetRequiredService<DocumentWriter>();
        Assert.Equal(SaveOutcome.Saved, await writer.SaveVersionAsync(new DocumentVersion
        {
            Number = 1,
            Function = DocumentFunction.Original,
            ReceivedAt = at,
            IssuedReference = tdec,
            Source = SourceInterface.JsonApi,
            ClientKey = "test-tradelink",
            Document = new Declaration
            {
                Form = "2A",
                Lrn = "JSON-" + tdec,
                TdecNumber = tdec,
                Direction = TradeDirection.Export,
                Declarant = new Party { Name = "ACME", BrNumber = "12345678", Country = "HK" },
                Trip = new Trip { Conveyance = new Conveyance(TransportMode.Road, null, null), Direction = TradeDirection.Export },
                Charges = EquatableList.Of(new Charge(ChargeKind.DeclarationCharge, 10.00m), new Charge(ChargeKind.ClothingLevy, 37.20m)),
            },
        }));

        var (status, got) = await GetAsync("/gets/v1/declarations/" + tdec);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            Answer(AnswerRefOf(got), Now, "TRADELINK01",
                Cusres("1", "JSON-" + tdec, true, at, $"{tdec[2..]}:1", $"RFF+ABT:{tdec}", "GIS+AC:HKS", "MOA+161:10.00:HKD", "MOA+56:37.20:HKD")),
            got);
    }

    [Fact]
    public async Task Facade_headers_are_honoured_with_the_credential_and_ignored_without_it()
    {
        var id = NewId();
        var issued = $"TD1{Today.AddDays(-1):yyMMdd}7{Random.Shared.Next(1_000_000):D6}";
        var answerRef = $"R7{Random.Shared.NextInt64(1_000_000_000_000):D12}";
        var at = Now.AddMinutes(-30);
        var body = Cusdec.Interchange(id, ("M1", Cusdec.Import("L" + id, Today.AddDays(-1))));
        var (status, answer) = await PostAsync(body, adjust: r => Facade(r, $"{at:yyyy-MM-dd'T'HH:mm:ss}+08:00", "M1=" + issued, answerRef));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            Answer(answerRef, at, "TRADELINK01", Cusres("M1", "L" + id, true, at, $"{id}:M1", $"RFF+ABT:{issued}", "GIS+AC:HKS", "MOA+161:2.00:HKD")),
            answer);

        var (getStatus, got) = await GetAsync("/gets/v1/declarations/" + issued, adjust: r => Facade(r, answerRef: "R7000000000001"));
        Assert.Equal(HttpStatusCode.OK, getStatus);
        Assert.StartsWith($"UNA:+.? 'UNB+UNOC:3+HKGETS:ZZZ+TRADELINK01:ZZZ+{Now:yyMMdd}:{Now:HHmm}+R7000000000001'", got);

        // The same TDEC named again is taken: an empty 400 and nothing stored (the LRN stays free).
        var taken = Cusdec.Interchange(id + "T", ("M1", Cusdec.Import("T" + id, Today)));
        Assert.Equal((HttpStatusCode.BadRequest, ""), await PostAsync(taken, adjust: r => Facade(r, issued: "M1=" + issued)));
        Assert.Contains("GIS+AC:HKS'", await AnswerOf(Cusdec.Interchange(id + "V", ("M1", Cusdec.Import("T" + id, Today)))));

        var ignored = await PostAsync(Cusdec.Interchange(id + "N", ("M1", Cusdec.Import("N" + id, Today))), adjust: r =>
        {
            r.Headers.Add("X-Strangler-Received-At", $"{at:yyyy-MM-dd'T'HH:mm:ss}+08:00");
            r.Headers.Add("X-Strangler-Issued", "M1=" + issued);
            r.Headers.Add("X-Strangler-Answer-Ref", answerRef);
        });
        Assert.Matches(TdecPattern('1', Now), TdecOf(ignored.Body));
        Assert.NotEqual(answerRef, AnswerRefOf(ignored.Body));
        Assert.Contains($"DTM+182:{Now:yyyyMMddHHmm}:203'", ignored.Body);
    }

    [Fact]
    public async Task The_feed_is_empty_without_migrated_acknowledgements_and_serves_migrated_ones_after_the_cursor()
    {
        var (status, empty) = await GetAsync("/gets/v1/acknowledgements?after=0&max=10", GetsSettings.OtherKey);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Answer(AnswerRefOf(empty), Now, "OTHERPARTY"), empty);
        Assert.EndsWith("UNZ+0+" + AnswerRefOf(empty) + "'\n", empty);

        var at = Now.AddDays(-1);
        var legacy = Answer("R0000000000077", at, "TRADELINK01",
            Cusres("M9", "LRN-OLD", true, at, "ICOLD:M9", "RFF+ABT:TD12611250000001", "GIS+AC:HKS", "MOA+161:7.00:HKD"));
        var database = server.Services.GetRequiredService<CoreDatabase>();
        await database.WriteAsync((c, t) => c.ExecuteAsync(
            "INSERT INTO core_gets_feed (client_key, cursor_no, answer) VALUES (@Key, @Cursor, @Answer)",
            new { Key = "test-tradelink", Cursor = 41L, Answer = System.Text.Encoding.UTF8.GetBytes(legacy) }, t));

        var (_, feed) = await GetAsync("/gets/v1/acknowledgements?after=40");
        Assert.Equal(
            Answer(AnswerRefOf(feed), Now, "TRADELINK01",
                Cusres("1", "LRN-OLD", true, at, "ICOLD:M9", "RFF+ACD:41", "RFF+ABT:TD12611250000001", "GIS+AC:HKS", "MOA+161:7.00:HKD")),
            feed);
        var (_, after) = await GetAsync("/gets/v1/acknowledgements?after=41");
        Assert.EndsWith("UNZ+0+" + AnswerRefOf(after) + "'\n", after);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/gets/v1/acknowledgements?max=501")).Status);
    }

    [Fact]
    public async Task Seeded_random_mutations_of_the_samples_never_get_a_5xx()
    {
        var random = new Random(20261126);
        string[] samples = [.. Enumerable.Range(1, 5).Select(i => Sample(
            Strangler.Contracts.Testing.ContractSamples.Files("gets")[i - 1] is var f ? "gets/" + Path.GetFileName(f) : "", NewId()))];
        const string alphabet = "+:'?\n\r AZ09.-é\u0001";
        for (var i = 0; i < 80; i++)
        {
            var text = samples[random.Next(samples.Length)].ToCharArray().ToList();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                var at = random.Next(text.Count);
                switch (random.Next(3))
                {
                    case 0: text.RemoveRange(at, Math.Min(random.Next(1, 20), text.Count - at)); break;
                    case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            var (status, _) = await PostAsync(new string([.. text]));
            Assert.True((int)status < 500, $"mutation {i} got {(int)status}");
        }
    }
}
