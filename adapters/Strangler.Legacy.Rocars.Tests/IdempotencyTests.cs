using System.Text;
using Strangler.Contracts.CheckDigits;

namespace Strangler.Legacy.Rocars.Tests;

/// <summary>README "Idempotency" and rocars.md: one MessageId space per key across all endpoints, replays byte for byte, R003.</summary>
public abstract class IdempotencyTests(bool onPostgres) : RocarsHost(onPostgres)
{
    [Fact]
    public async Task A_resend_later_gets_the_first_answer_byte_for_byte_and_records_nothing_new()
    {
        var body = Documents.Aci("A-1", Now.AddHours(3));
        var first = await PostAsync(Shipper, AciPath, body);
        Clock.Advance(TimeSpan.FromMinutes(40));

        var again = await PostAsync(Shipper, AciPath, body);

        Assert.Equal(first.Bytes, again.Bytes);
        Assert.Equal(CcrnNumber.Create(Today, 2), await LodgeAsync("A-2"));
    }

    [Fact]
    public async Task A_recorded_rejection_is_replayed_even_when_the_window_would_now_accept_it()
    {
        var body = Documents.Aci("A-1", Now.AddHours(400));
        var first = await PostAsync(Shipper, AciPath, body);
        Assert.Equal(["R010"], first.ErrorCodes);
        Clock.Advance(TimeSpan.FromHours(100));

        Assert.Equal(first.Bytes, (await PostAsync(Shipper, AciPath, body)).Bytes);
    }

    [Fact]
    public async Task A_leading_bom_is_the_same_content()
    {
        var body = Encoding.UTF8.GetBytes(Documents.Aci("A-1", Now.AddHours(3)));
        var first = await PostAsync(Shipper, AciPath, body);

        var withBom = await PostAsync(Shipper, AciPath, [0xEF, 0xBB, 0xBF, .. body]);

        Assert.Equal(first.Bytes, withBom.Bytes);
    }

    [Fact]
    public async Task The_same_message_id_with_another_body_or_on_another_endpoint_is_R003_and_not_recorded()
    {
        var ccrn = await LodgeAsync("M-1");

        var otherBody = await PostAsync(Shipper, AciPath, Documents.Aci("M-1", Now.AddHours(4)));
        Assert.Equal(["R003"], otherBody.ErrorCodes);
        Assert.Equal("M-1", otherBody.Element("MessageId"));

        await BundleAsync("M-2", ccrns: ccrn);
        Assert.Equal(["R003"], (await DeleteAsync(Driver, $"{BundlesPath}/B26112600000001", "M-2")).ErrorCodes);
        Assert.Equal("UNBUNDLED", (await DeleteAsync(Driver, $"{BundlesPath}/B26112600000001", "M-3")).Element("Status"));
        Assert.Equal(["R003"], (await PostAsync(Driver, BundlesPath, Documents.Bundle("M-3", Now.AddHours(2), ccrns: ccrn))).ErrorCodes);

        // Another key has its own space.
        Assert.Equal("BUNDLED", (await PostAsync(OtherDriver, BundlesPath, Documents.Bundle("M-3", Now.AddHours(2), ccrns: ccrn))).Element("Status"));
    }

    [Fact]
    public async Task A_delete_resent_with_the_same_message_id_replays_and_another_ref_is_R003()
    {
        var bundleRef = await BundleAsync("B-1", ccrns: await LodgeAsync("A-1"));
        var first = await DeleteAsync(Driver, $"{BundlesPath}/{bundleRef}", "D-1");
        Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(first.Bytes, (await DeleteAsync(Driver, $"{BundlesPath}/{bundleRef}", "D-1")).Bytes);
        Assert.Equal(["R003"], (await DeleteAsync(Driver, $"{BundlesPath}/B26112600000009", "D-1")).ErrorCodes);
    }

    [Fact]
    public async Task An_R001_answer_is_not_recorded_so_the_message_id_stays_free()
    {
        var broken = await PostAsync(Shipper, AciPath, "<AciSubmission xmlns=\"urn:hk:rocars:1\"><MessageId>A-1</MessageId></AciSubmission>");
        Assert.Equal(["R001"], broken.ErrorCodes);
        Assert.Equal("A-1", broken.Element("MessageId"));

        Assert.Equal(CcrnNumber.Create(Today, 1), await LodgeAsync("A-1"));
    }

    [Fact]
    public async Task An_R002_request_reusing_a_recorded_message_id_is_answered_R002_not_R003()
    {
        await LodgeAsync("A-1");

        var answer = await PostAsync(Shipper, AciPath, Documents.Aci("A-1", Now.AddHours(3)).Replace("<Function>", "<Extra>x</Extra><Function>", StringComparison.Ordinal));

        Assert.Equal(["R002"], answer.ErrorCodes);
    }

    [Fact]
    public async Task A_recorded_R041_is_replayed_and_its_message_id_is_taken()
    {
        var body = Documents.Bundle("B-1", Now.AddHours(2), ccrns: CcrnNumber.Create(Today, 1));
        var first = await PostAsync(Shipper, BundlesPath, body);
        Assert.Equal(["R041"], first.ErrorCodes);
        Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(first.Bytes, (await PostAsync(Shipper, BundlesPath, body)).Bytes);
        Assert.Equal(["R003"], (await PostAsync(Shipper, AciPath, Documents.Aci("B-1", Now.AddHours(3)))).ErrorCodes);
    }

    [Fact]
    public async Task Concurrent_identical_lodgements_record_one_aci_and_get_identical_answers()
    {
        var body = Encoding.UTF8.GetBytes(Documents.Aci("A-1", Now.AddHours(3)));

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(Shipper, AciPath, body)));

        Assert.All(answers, a => Assert.Equal(answers[0].Bytes, a.Bytes));
        Assert.Equal(CcrnNumber.Create(Today, 1), answers[0].Element("Ccrn"));
        Assert.Equal(CcrnNumber.Create(Today, 2), await LodgeAsync("A-2"));
    }

    [Fact]
    public async Task Concurrent_bundles_of_one_ccrn_bundle_it_once()
    {
        var ccrn = await LodgeAsync("A-1");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            PostAsync(Driver, BundlesPath, Documents.Bundle($"B-{i}", Now.AddHours(2), vrn: $"AB{i + 1}", ccrns: ccrn))));

        Assert.Single(answers, a => a.Element("Status") == "BUNDLED");
        Assert.Equal(3, answers.Count(a => a.ErrorCodes.SequenceEqual(["R031"])));
    }
}

public sealed class IdempotencyTestsOnSqlite() : IdempotencyTests(onPostgres: false);

public sealed class IdempotencyTestsOnPostgres() : IdempotencyTests(onPostgres: true);
