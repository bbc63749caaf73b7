using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Manifests;
using Strangler.Core.Store.Documents;
using Strangler.Core.Testing;
using static Strangler.Core.Eman.Tests.EmanClient;

namespace Strangler.Core.Eman.Tests;

/// <summary>POST /eman/v1/manifests and GET /eman/v1/manifests/{ref} over real HTTP; each test uses its own refs and voyages.</summary>
public abstract class EmanManifestTests(CoreServer server)
{
    private const string Sea = "eman/01-sea-import-s1-accepted.edi";
    private const string E018 = "MANIFEST UNKNOWN, NOT YOURS OR CANCELLED";
    private const string E019 = "LIVE MANIFEST EXISTS FOR THIS TRIP, SEND AN AMENDMENT";

    private readonly EmanClient _client = new(server);

    [Fact]
    public async Task Sample_01_is_accepted_with_a_sea_eman_ref_from_the_new_core_block()
    {
        var (icref, voyage) = (Unique("I"), Unique("V"));
        var (status, body) = await _client.PostAsync(Sample(Sea, _client.Now, icref, voyage));
        Assert.Equal(HttpStatusCode.OK, status);
        var emanRef = EmanRefOf(body);
        Assert.Matches($"^EM1{_client.Now:yyMMdd}[5-9][0-9]{{6}}$", emanRef);
        var answerRef = AnswerRefOf(body);
        Assert.Matches("^R[5-9][0-9]{12}$", answerRef);
        Assert.Equal(
            Head("MSCUAGENT", _client.Now, answerRef) + Accepted("M1", $"MSC-{voyage}-HKG-IM", _client.Now, icref, emanRef) + Tail(1, answerRef),
            body);
    }

    [Theory]
    [InlineData("eman/02-bad-container-check-digit.edi", "E031", "CONTAINER NUMBER INVALID OR REPEATED")]
    [InlineData("eman/04-package-total-mismatch.edi", "E014", "SEQUENCE NUMBERING OR CONTROL TOTALS WRONG")]
    public async Task Samples_02_and_04_are_rejected_with_exactly_their_code(string sample, string code, string text)
    {
        var (icref, voyage) = (Unique("I"), Unique("V"));
        var request = Sample(sample, _client.Now, icref, voyage);
        var (_, body) = await _client.PostAsync(request);
        var answerRef = AnswerRefOf(body);
        var documentNumber = System.Text.RegularExpressions.Regex.Match(request, @"BGM\+85\+([^+]+)\+").Groups[1].Value;
        Assert.Equal(
            Head("MSCUAGENT", _client.Now, answerRef) + Rejected("M1", documentNumber, _client.Now, icref, (code, text)) + Tail(1, answerRef),
            body);
    }

    [Fact]
    public async Task Sample_03_air_statement_2_is_accepted_with_an_air_ref_and_no_late_status()
    {
        var (icref, voyage) = (Unique("I"), Unique("CX"));
        var (_, body) = await _client.PostAsync(Sample("eman/03-air-import-s2-accepted.edi", _client.Now, icref, voyage), "test-cathay");
        var emanRef = EmanRefOf(body);
        Assert.StartsWith("EM4", emanRef, StringComparison.Ordinal);
        var answerRef = AnswerRefOf(body);
        Assert.Equal(
            Head("CXCARGO", _client.Now, answerRef) + Accepted("M1", $"{voyage}-HKG-IM", _client.Now, icref, emanRef) + Tail(1, answerRef),
            body);
    }

    [Fact]
    public async Task A_statement_2_received_more_than_14_days_after_arrival_is_accepted_with_GIS_LT_and_get_shows_it()
    {
        var (icref, voyage) = (Unique("I"), Unique("CX"));
        var request = Sample("eman/03-air-import-s2-accepted.edi", _client.Now, icref, voyage)
            .Replace($"DTM+132:{Minute(_client.Now.AddDays(-2))}", $"DTM+132:{Minute(_client.Now.AddDays(-15))}", StringComparison.Ordinal);
        var (_, body) = await _client.PostAsync(request, "test-cathay");
        var emanRef = EmanRefOf(body);
        Assert.Contains($"RFF+ABT:{emanRef}'\nGIS+AC:HKS'\nGIS+LT:HKS'\nUNT+8+M1'\n", body, StringComparison.Ordinal);

        var (status, read) = await _client.GetAsync("/eman/v1/manifests/" + emanRef, "test-cathay");
        Assert.Equal(HttpStatusCode.OK, status);
        var readRef = AnswerRefOf(read);
        Assert.NotEqual(AnswerRefOf(body), readRef);
        Assert.Equal(
            Head("CXCARGO", _client.Now, readRef) +
            Accepted("M1", $"{voyage}-HKG-IM", _client.Now, icref, emanRef, "GIS+AC:HKS'\nGIS+LT:HKS'\n", 8).Replace("UNH+M1+", "UNH+1+", StringComparison.Ordinal)
                .Replace("UNT+8+M1", "UNT+8+1", StringComparison.Ordinal) + Tail(1, readRef),
            read);
    }

    [Fact]
    public async Task A_resend_is_answered_byte_for_byte_even_after_the_clock_moved()
    {
        var request = Sample(Sea, _client.Now, Unique("I"), Unique("V"));
        var first = await _client.PostAsync(request);
        server.Clock.Advance(TimeSpan.FromMinutes(3));
        var again = await _client.PostAsync(request.Replace("'\n", "'\r\n", StringComparison.Ordinal));
        Assert.Equal(first.Body, again.Body);
    }

    [Fact]
    public async Task A_recorded_message_ref_with_a_different_message_is_E008_and_the_original_stays_readable()
    {
        var (icref, voyage) = (Unique("I"), Unique("V"));
        var request = Sample(Sea, _client.Now, icref, voyage);
        var emanRef = EmanRefOf((await _client.PostAsync(request)).Body);
        var changed = request.Replace("PLASTIC TOY FIGURES", "PLASTIC TOY ANIMALS", StringComparison.Ordinal);
        var (_, body) = await _client.PostAsync(changed);
        var answerRef = AnswerRefOf(body);
        Assert.Equal(
            Head("MSCUAGENT", _client.Now, answerRef) +
            Rejected("M1", $"MSC-{voyage}-HKG-IM", _client.Now, icref, ("E008", "REFERENCE ALREADY USED FOR A DIFFERENT MESSAGE")) + Tail(1, answerRef),
            body);
        Assert.NotEqual(answerRef, AnswerRefOf((await _client.PostAsync(changed)).Body)); // an E008 answer is not recorded whole
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/eman/v1/manifests/" + emanRef)).Status);
    }

    [Fact]
    public async Task A_resend_with_an_added_message_copies_the_recorded_answer_and_processes_the_new_one()
    {
        var (icref, voyage, voyage2) = (Unique("I"), Unique("V"), Unique("V"));
        var single = Sample(Sea, _client.Now, icref, voyage);
        var (_, first) = await _client.PostAsync(single);
        var emanRef = EmanRefOf(first);

        var second = Sample(Sea, _client.Now, icref, voyage2);
        var m2 = second[second.IndexOf("UNH+", StringComparison.Ordinal)..second.IndexOf("UNZ+", StringComparison.Ordinal)]
            .Replace("UNH+M1+", "UNH+M2+", StringComparison.Ordinal).Replace("UNT+42+M1", "UNT+42+M2", StringComparison.Ordinal);
        var both = single.Replace("UNZ+1+", m2 + "UNZ+2+", StringComparison.Ordinal);
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, answer) = await _client.PostAsync(both);
        var answerRef = AnswerRefOf(answer);
        Assert.NotEqual(AnswerRefOf(first), answerRef);
        var copied = first[first.IndexOf("UNH+", StringComparison.Ordinal)..first.IndexOf("UNZ+", StringComparison.Ordinal)];
        var emanRef2 = EmanRefOf(answer[answer.IndexOf("UNH+M2", StringComparison.Ordinal)..]);
        Assert.NotEqual(emanRef, emanRef2);
        Assert.Equal(
            Head("MSCUAGENT", _client.Now, answerRef) + copied + Accepted("M2", $"MSC-{voyage2}-HKG-IM", _client.Now, icref, emanRef2) + Tail(2, answerRef),
            answer);
    }

    [Fact]
    public async Task Concurrent_resends_store_one_manifest_and_get_one_answer()
    {
        var request = Sample(Sea, _client.Now, Unique("I"), Unique("V"));
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _client.PostAsync(request)));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Contains("GIS+AC:HKS", answers[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_original_for_a_live_trip_is_E019_and_after_cancellation_it_is_accepted()
    {
        var voyage = Unique("V");
        var emanRef = EmanRefOf((await _client.PostAsync(Sample(Sea, _client.Now, Unique("I"), voyage))).Body);
        var icref = Unique("I");
        var (_, second) = await _client.PostAsync(Sample(Sea, _client.Now, icref, voyage));
        Assert.Contains($"BGM+962+MSC-{voyage}-HKG-IM+27'", second, StringComparison.Ordinal);
        Assert.Contains($"RFF+ACW:{icref}:M1'\nERP+1'\nERC+E019:HKE'\nFTX+AAO+++{E019}'\nUNT+8+M1'", second, StringComparison.Ordinal);

        var cancelRef = Unique("I");
        var (_, cancelled) = await _client.PostAsync(Cancellation(_client.Now, cancelRef, emanRef, "CANCEL-" + voyage));
        Assert.Contains($"BGM+962+CANCEL-{voyage}+29'\nDTM+182:{Minute(_client.Now)}:203'\nRFF+ACW:{cancelRef}:C1'\nRFF+ABT:{emanRef}'\nGIS+CX:HKS'\nUNT+7+C1'", cancelled, StringComparison.Ordinal);
        var (_, read) = await _client.GetAsync("/eman/v1/manifests/" + emanRef);
        Assert.Contains($"UNH+1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+CANCEL-{voyage}+29'\nDTM+182:{Minute(_client.Now)}:203'\nRFF+ACW:{cancelRef}:C1'\nRFF+ABT:{emanRef}'\nGIS+CX:HKS'\nUNT+7+1'", read, StringComparison.Ordinal);

        var (_, again) = await _client.PostAsync(Cancellation(_client.Now, Unique("I"), emanRef, "CANCEL2"));
        Assert.Contains($"ERC+E018:HKE'\nFTX+AAO+++{E018}'", again, StringComparison.Ordinal);
        Assert.Contains("GIS+AC:HKS", (await _client.PostAsync(Sample(Sea, _client.Now, Unique("I"), voyage))).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amendment_makes_a_new_version_and_one_that_changes_the_trip_is_E010()
    {
        var voyage = Unique("V");
        var original = Sample(Sea, _client.Now, Unique("I"), voyage);
        var emanRef = EmanRefOf((await _client.PostAsync(original)).Body);
        var amendRef = Unique("I");
        var amendment = Amend(original, amendRef, emanRef).Replace($"MSC-{voyage}-HKG-IM", "AMENDED-1", StringComparison.Ordinal);
        var (_, amended) = await _client.PostAsync(amendment);
        Assert.Contains($"BGM+962+AMENDED-1+29'\nDTM+182:{Minute(_client.Now)}:203'\nRFF+ACW:{amendRef}:M1'\nRFF+ABT:{emanRef}'\nGIS+AC:HKS'", amended, StringComparison.Ordinal);
        Assert.Contains($"BGM+962+AMENDED-1+29'\nDTM+182:{Minute(_client.Now)}:203'\nRFF+ACW:{amendRef}:M1'\nRFF+ABT:{emanRef}'", (await _client.GetAsync("/eman/v1/manifests/" + emanRef)).Body, StringComparison.Ordinal);

        var versions = await server.Services.GetRequiredService<DocumentReader>().VersionsAsync(emanRef);
        Assert.Equal([DocumentFunction.Original, DocumentFunction.Amendment], versions.Select(v => v.Function));
        Assert.Equal(["MSC-" + voyage + "-HKG-IM", "AMENDED-1"], versions.Select(v => ((Manifest)v.Document!).DocumentNumber));
        Assert.All(versions, v => Assert.Equal(2, ((Manifest)v.Document!).Consignments.Count));

        var otherVessel = Amend(original, Unique("I"), emanRef).Replace("+++9876543:103", "+++9876544:103", StringComparison.Ordinal);
        var (_, rejected) = await _client.PostAsync(otherVessel);
        Assert.Contains("ERC+E010:HKE'\nFTX+AAO+++DIRECTION, DATES OR LOCATIONS DO NOT AGREE'\nUNT+8+M1'", rejected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_key_cannot_amend_or_read_a_manifest_and_an_unknown_ref_is_E018()
    {
        var original = Sample(Sea, _client.Now, Unique("I"), Unique("V"));
        var emanRef = EmanRefOf((await _client.PostAsync(original)).Body);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/eman/v1/manifests/" + emanRef, "test-cathay")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/eman/v1/manifests/EM1261126" + "5999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/eman/v1/manifests/nonsense")).Status);

        var unknown = Amend(original, Unique("I"), $"EM1{_client.Now:yyMMdd}5999999");
        Assert.Contains($"ERC+E018:HKE'\nFTX+AAO+++{E018}'\nUNT+8+M1'", (await _client.PostAsync(unknown)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facade_headers_are_honoured_from_the_facade_and_ignored_from_anyone_else()
    {
        var issued = $"EM1261125{Random.Shared.Next(5_000_000, 9_999_999)}";
        var answerRef = $"R5{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        var (icref, voyage) = (Unique("I"), Unique("V"));
        void Facade(HttpRequestMessage r, bool credential)
        {
            if (credential)
            {
                r.Headers.Add("X-Strangler-Facade", CoreServer.FacadeCredential);
            }

            r.Headers.Add("X-Strangler-Received-At", "2026-11-25T23:59:00+08:00");
            r.Headers.Add("X-Strangler-Issued", "M1=" + issued);
            r.Headers.Add("X-Strangler-Answer-Ref", answerRef);
        }

        var at = new DateTimeOffset(2026, 11, 25, 23, 59, 0, TimeSpan.FromHours(8));
        var (_, honoured) = await _client.PostAsync(Sample(Sea, at, icref, voyage), adjust: r => Facade(r, true));
        Assert.Equal(Head("MSCUAGENT", at, answerRef) + Accepted("M1", $"MSC-{voyage}-HKG-IM", at, icref, issued) + Tail(1, answerRef), honoured);

        var (taken, _) = await _client.PostAsync(Sample(Sea, at, Unique("I"), Unique("V")), adjust: r => Facade(r, true));
        Assert.Equal(HttpStatusCode.BadRequest, taken);

        var (_, ignored) = await _client.PostAsync(Sample(Sea, _client.Now, Unique("I"), Unique("V")), adjust: r => Facade(r, false));
        Assert.NotEqual(issued, EmanRefOf(ignored));
        Assert.NotEqual(answerRef, AnswerRefOf(ignored));
        Assert.Contains($"DTM+182:{Minute(_client.Now)}:203'", ignored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Random_and_mutated_bodies_never_get_a_5xx()
    {
        var random = new Random(4711);
        var sample = System.Text.Encoding.UTF8.GetBytes(Sample(Sea, _client.Now, Unique("I"), Unique("V")));
        for (var i = 0; i < 40; i++)
        {
            var body = (byte[])sample.Clone();
            for (var j = 0; j < 1 + (i % 5); j++)
            {
                body[random.Next(body.Length)] = (byte)random.Next(256);
            }

            var (status, answer) = await _client.PostAsync(i % 10 == 9 ? [.. Enumerable.Range(0, 200).Select(_ => (byte)random.Next(256))] : body);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.StartsWith("UNA:+.? 'UNB+", answer, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteEmanServer() : SqliteCoreServer(new EmanModule());

public sealed class PostgresEmanServer() : PostgresCoreServer(new EmanModule());

public sealed class SqliteEmanManifestTests(SqliteEmanServer server) : EmanManifestTests(server), IClassFixture<SqliteEmanServer>;

public sealed class PostgresEmanManifestTests(PostgresEmanServer server) : EmanManifestTests(server), IClassFixture<PostgresEmanServer>;
