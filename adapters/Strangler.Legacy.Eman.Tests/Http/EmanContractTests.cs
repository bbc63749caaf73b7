namespace Strangler.Legacy.Eman.Tests.Http;

/// <summary>The contract samples, the GET of a manifest, replays, concurrent duplicates and the HTTP gate, over loopback HTTP.</summary>
public abstract class EmanContractTests : EmanHostTestBase
{
    [Fact]
    public async Task Every_eman_sample_gets_its_expected_answer_in_name_order()
    {
        await StartAsync();

        var first = await PostTextAsync("test-msc", EmanMessages.Sample("eman/01-sea-import-s1-accepted.edi", Now));
        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKEMAN:ZZZ+MSCUAGENT:ZZZ+260115:1200+R0000000000001'\n" +
            "UNH+M1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+MSC-V123E-HKG-IM+29'\nDTM+182:202601151200:203'\n" +
            "RFF+ACW:EM0000001:M1'\nRFF+ABT:EM12601150000001'\nGIS+AC:HKS'\nUNT+7+M1'\nUNZ+1+R0000000000001'\n",
            first);

        var second = Single(await PostTextAsync("test-msc", EmanMessages.Sample("eman/02-bad-container-check-digit.edi", Now)));
        Assert.False(second.Accepted);
        Assert.Equal(["E031"], Codes(second));

        var third = Single(await PostTextAsync("test-cathay", EmanMessages.Sample("eman/03-air-import-s2-accepted.edi", Now)));
        Assert.True(third.Accepted);
        Assert.Equal("EM42601150000001", third.IssuedReference);
        Assert.Equal(["AC"], third.Statuses);

        var fourth = Single(await PostTextAsync("test-msc", EmanMessages.Sample("eman/04-package-total-mismatch.edi", Now)));
        Assert.Equal(["E014"], Codes(fourth));
        Assert.Null(fourth.IssuedReference);
    }

    [Fact]
    public async Task The_get_of_a_manifest_answers_the_current_acknowledgement_to_its_key_only()
    {
        await StartAsync();
        await PostTextAsync("test-msc", EmanMessages.Sample(EmanMessages.SeaImport, Now));
        Clock.Advance(TimeSpan.FromMinutes(5));

        var answer = await GetTextAsync("test-msc", "eman/v1/manifests/EM12601150000001");

        Assert.Equal(
            "UNA:+.? 'UNB+UNOC:3+HKEMAN:ZZZ+MSCUAGENT:ZZZ+260115:1205+R0000000000002'\n" +
            "UNH+1+CUSRES:D:96B:UN:HKEMAN'\nBGM+962+MSC-V123E-HKG-IM+29'\nDTM+182:202601151200:203'\n" +
            "RFF+ACW:EM0000001:M1'\nRFF+ABT:EM12601150000001'\nGIS+AC:HKS'\nUNT+7+1'\nUNZ+1+R0000000000002'\n",
            answer);
        using var otherKey = await GetAsync("test-cathay", "eman/v1/manifests/EM12601150000001");
        Assert.Equal(404, (int)otherKey.StatusCode);
        Assert.Equal(0, otherKey.Content.Headers.ContentLength);
        using var unknown = await GetAsync("test-msc", "eman/v1/manifests/EM12601150000002");
        Assert.Equal(404, (int)unknown.StatusCode);
        using var malformed = await GetAsync("test-msc", "eman/v1/manifests/EM9");
        Assert.Equal(404, (int)malformed.StatusCode);
    }

    [Fact]
    public async Task A_resent_interchange_gets_the_recorded_answer_byte_for_byte_and_records_nothing_new()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);
        var first = await PostTextAsync("test-msc", body);
        Clock.Advance(TimeSpan.FromHours(1));

        var again = await PostTextAsync("test-msc", body.Replace("'\n", "'\r\n", StringComparison.Ordinal));

        Assert.Equal(first, again);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_MANIFEST"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_MESSAGE_LOG"));
    }

    [Fact]
    public async Task A_recorded_message_ref_with_different_content_is_E008_and_that_answer_is_not_recorded()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);
        await PostTextAsync("test-msc", body);
        var changed = body.Replace("MOBILE PHONE PARTS", "MOBILE PHONE CASES", StringComparison.Ordinal);

        var answer = Single(await PostTextAsync("test-msc", changed));
        var again = Read(await PostTextAsync("test-msc", changed));

        Assert.Equal(["E008"], Codes(answer));
        Assert.Equal(["E008"], Codes(Assert.Single(again.Messages)));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_MESSAGE_LOG"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_INTERCHANGE_LOG"));
    }

    [Fact]
    public async Task A_new_interchange_copies_the_recorded_answer_of_an_identical_message_and_processes_the_rest()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);
        var first = Single(await PostTextAsync("test-msc", body));
        var second = body.Replace("UNZ+1+EM0000001'", "", StringComparison.Ordinal) +
            EmanMessages.Sample("eman/04-package-total-mismatch.edi", Now).Split('\n', 2)[1]
                .Replace("UNH+M1+", "UNH+M2+", StringComparison.Ordinal).Replace("UNT+25+M1'", "UNT+25+M2'", StringComparison.Ordinal)
                .Replace("UNZ+1+EM0000004'", "UNZ+2+EM0000001'", StringComparison.Ordinal);

        var answer = Read(await PostTextAsync("test-msc", second));

        Assert.Equal(first, answer.Messages[0]);
        Assert.Equal(["E014"], Codes(answer.Messages[1]));
        Assert.Equal("R0000000000002", answer.Envelope.InterchangeRef);
    }

    [Fact]
    public async Task Two_identical_interchanges_at_once_record_one_manifest_and_get_identical_answers()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);

        var answers = await Task.WhenAll(PostTextAsync("test-msc", body), PostTextAsync("test-msc", body));

        Assert.Equal(answers[0], answers[1]);
        Assert.True(Single(answers[0]).Accepted);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_MANIFEST"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_MESSAGE_LOG"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM EMN_INTERCHANGE_LOG"));
    }

    [Fact]
    public async Task An_envelope_rejection_is_answered_and_not_recorded()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now).Replace("UNZ+1+", "UNZ+2+", StringComparison.Ordinal);

        var answer = await PostTextAsync("test-msc", body);

        Assert.Equal(["E001"], Codes(Single(answer)));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM EMN_MESSAGE_LOG") + await CountAsync("SELECT COUNT(*) FROM EMN_INTERCHANGE_LOG"));
    }

    [Fact]
    public async Task The_gate_answers_401_415_400_and_405_with_empty_bodies()
    {
        await StartAsync();
        var body = EmanMessages.Sample(EmanMessages.SeaImport, Now);

        using var noKey = await PostAsync("nobody", body);
        using var wrongRole = await PostAsync("test-tradelink", body);
        using var wrongType = await PostAsync("test-msc", body, "application/xml");
        using var badMax = await GetAsync("test-msc", "eman/v1/notices?max=0");
        using var client = Host.CreateClient("test-msc");
        using var wrongMethod = await client.DeleteAsync("eman/v1/manifests");

        Assert.Equal([401, 401, 415, 400, 405],
            new[] { noKey, wrongRole, wrongType, badMax, wrongMethod }.Select(r => (int)r.StatusCode));
        Assert.All(new[] { noKey, wrongRole, wrongType, badMax, wrongMethod }, r => Assert.Equal(0, r.Content.Headers.ContentLength ?? 0));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM EMN_MESSAGE_LOG"));
    }

    [Fact]
    public async Task Random_and_mutated_bodies_never_get_a_5xx()
    {
        await StartAsync();
        var random = new Random(20260115);
        var sample = EmanMessages.Bytes(EmanMessages.Sample(EmanMessages.SeaImport, Now));
        for (var i = 0; i < 40; i++)
        {
            var body = i % 2 == 0 ? RandomBytes(random) : Mutate(sample, random);
            using var client = Host.CreateClient("test-msc");
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/edifact");
            using var response = await client.PostAsync("eman/v1/manifests", content);
            Assert.Equal(200, (int)response.StatusCode);
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 400)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutate(byte[] sample, Random random)
    {
        var bytes = sample.ToList();
        for (var n = random.Next(1, 6); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.Insert(at, (byte)"+:'?0A\n"[random.Next(7)]); break;
                default: bytes.RemoveAt(at); break;
            }
        }

        return [.. bytes];
    }
}
