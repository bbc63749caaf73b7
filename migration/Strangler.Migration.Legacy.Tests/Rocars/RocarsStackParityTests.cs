using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Time;
using Strangler.Core.Store.Database;
using Strangler.Facade.Testing;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Legacy.Rocars;
using Xunit.Abstractions;

namespace Strangler.Migration.Legacy.Tests.Rocars;

/// <summary>
/// ROCARS traffic sent through the facade in shadow (legacy answers, the core receives the same requests with legacy's
/// received-at and numbers): every document both stores hold reads from legacy exactly as the core stored it.
/// </summary>
public sealed class RocarsStackParityTests(SqliteStack stack, ITestOutputHelper output) : IClassFixture<SqliteStack>
{
    private const string Aci = "rocars/xml/v1/aci";

    [Fact]
    public async Task Lodgements_amendments_cancellations_and_bundles_read_from_legacy_equal_the_cores_canonical_forms()
    {
        foreach (var unit in new[] { "road", "air", "sea", "river", "rail" })
        {
            await stack.Facade.SetStageAsync(unit, "shadow");
        }

        var now = HongKongTime.ToHongKong(stack.Clock.GetUtcNow());
        var shipper = stack.Facade.Client("test-shipper");
        var first = await LodgeAsync(shipper, Aci, Contract.Sample("rocars/01-aci-accepted.xml", now));
        var second = await LodgeAsync(shipper, Aci, RocarsRequests.Aci(now, "E2E-ORIG-2", "ORIGINAL", null, null, RocarsRequests.TwoArticles));
        var third = await LodgeAsync(shipper, Aci, RocarsRequests.Aci(now, "E2E-ORIG-3", "ORIGINAL", null, null, RocarsRequests.OneArticle));
        await LodgeAsync(shipper, Aci, RocarsRequests.Aci(now, "E2E-AMEND-2", "AMEND", second, null, RocarsRequests.OneArticle));
        await LodgeAsync(shipper, Aci, RocarsRequests.Aci(now, "E2E-AMEND-3", "AMEND", third, null, RocarsRequests.TwoArticles));
        await LodgeAsync(shipper, Aci, RocarsRequests.Cancel("E2E-CANCEL-3", third, null));
        var ssdd = await LodgeAsync(stack.Facade.Client("test-cnsw"), "rocars/xml/v1/ssdd", RocarsRequests.Aci(now, "E2E-SSDD-1", "ORIGINAL", null, "CNSW", RocarsRequests.OneArticle));

        // The core receives its copies asynchronously, each key in its own lane: bundle only what it holds already.
        var coreDatabase = stack.Core.Services.GetRequiredService<CoreDatabase>();
        await CoreVersionsAsync(coreDatabase, 7);
        var driver = stack.Facade.Client("test-driver");
        var (status, answer) = await Contract.PostAsync(driver, "rocars/xml/v1/bundles",
            Contract.Sample("rocars/04-bundle.xml", now, _ => first), "application/xml");
        Assert.True(status == 200 && answer.Contains("<BundleRef>", StringComparison.Ordinal), answer);
        var bundleRef = Contract.Between(answer, "<BundleRef>", "</BundleRef>");
        await CoreVersionsAsync(coreDatabase, 8);
        (status, answer) = await Contract.PostAsync(driver, "rocars/xml/v1/bundles", RocarsRequests.Bundle(now, "E2E-BND-2", second, ssdd), "application/xml");
        Assert.True(status == 200 && answer.Contains("<BundleRef>", StringComparison.Ordinal), answer);
        using (var delete = new HttpRequestMessage(HttpMethod.Delete, "rocars/xml/v1/bundles/" + bundleRef))
        {
            delete.Headers.Add("X-Message-Id", "E2E-UNBUNDLE-1");
            using var unbundled = await driver.SendAsync(delete);
            Assert.Contains("UNBUNDLED", await unbundled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var reader = new RocarsLegacyReader();
        var legacyDatabase = stack.StandIn("Rocars").Services.GetRequiredService<LegacyDatabase>();
        var selection = LegacySelection.Day(HongKongTime.Date(now));
        await using var legacy = await legacyDatabase.OpenAsync();
        var reads = await CanonicalParity.ReadAllAsync(reader, legacy, selection);
        Assert.All(reads, r => Assert.Null(r.Quarantined));
        var legacyForms = CanonicalParity.LegacyForms(reads);
        Assert.Equal(6, legacyForms.Count);
        Assert.Equal(3, legacyForms[third].Count);
        Assert.Equal(2, legacyForms[bundleRef].Count);

        // The core receives its copies asynchronously: wait until it holds as many versions as legacy (or 30 s, then diff).
        var coreForms = await CanonicalParity.CoreFormsEventuallyAsync(coreDatabase, legacyForms, "RoadLodgement", "Bundle");

        var differences = CanonicalParity.Differences(legacyForms, coreForms, reader.NotHeld);
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Assert.Equal(legacyForms.Keys.Order(StringComparer.Ordinal), coreForms.Keys.Order(StringComparer.Ordinal));
    }

    private static Task CoreVersionsAsync(CoreDatabase database, int count) =>
        Eventually.Get(async () =>
        {
            await using var core = await database.OpenAsync();
            return (await CanonicalParity.CoreFormsAsync(core, "RoadLodgement", "Bundle")).Values.Sum(v => v.Count);
        }, n => n >= count, $"{count} ROCARS versions in the core");

    private static async Task<string> LodgeAsync(HttpClient client, string path, byte[] body)
    {
        var (status, answer) = await Contract.PostAsync(client, path, body, "application/xml");
        Assert.True(status == 200 && answer.Contains("<Ccrn>", StringComparison.Ordinal), answer);
        return Contract.Between(answer, "<Ccrn>", "</Ccrn>");
    }
}
