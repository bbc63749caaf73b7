using Dapper;
using Microsoft.Data.Sqlite;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Legacy.Rocars;

namespace Strangler.Migration.Legacy.Tests.Rocars;

/// <summary>Rows corrupted by SQL in a copy of the generated ROCARS store are quarantined with their reason; the rest still map.</summary>
[Collection(GeneratedHistoryCollection.Name)]
public sealed class RocarsQuarantineTests(GeneratedHistory history)
{
    [Fact]
    public async Task An_aci_version_with_an_unknown_direction_code_is_quarantined_and_the_others_still_map()
    {
        await using var store = await history.CopySqliteAsync("rocars");
        var before = await ReadAsync(store);
        var ccrn = (await store.QuerySingleAsync<string>("SELECT MIN(CCRN) FROM RCS_ACI")).Trim();
        await store.ExecuteAsync(
            "UPDATE RCS_ACI_VERSION SET DIRECTION_CD = 'Z' WHERE VERSION_NO = 1 AND ACI_ID = (SELECT ACI_ID FROM RCS_ACI WHERE CCRN = @ccrn)", new { ccrn });

        var after = await ReadAsync(store);

        var quarantined = Assert.Single(after, r => r.Quarantined is not null).Quarantined!;
        Assert.Equal(SourceInterface.Rocars, quarantined.Interface);
        Assert.StartsWith($"RCS_ACI {ccrn} (ACI_ID ", quarantined.LegacyKey, StringComparison.Ordinal);
        Assert.Equal("version 1: DIRECTION_CD 'Z' is not I or E.", quarantined.Reason);
        Assert.NotNull(quarantined.Day);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before.Count - 1, after.Count(r => r.Document is not null));
    }

    [Fact]
    public async Task An_article_of_a_version_that_does_not_exist_and_an_unreadable_arrival_time_are_quarantined()
    {
        await using var store = await history.CopySqliteAsync("rocars");
        var before = await ReadAsync(store);
        var aciId = await store.QuerySingleAsync<long>("SELECT MIN(ACI_ID) FROM RCS_ACI");
        await store.ExecuteAsync(
            "INSERT INTO RCS_ACI_ARTICLE (ACI_ID, VERSION_NO, LINE_NO, DESCRIPTION) VALUES (@aciId, 9, 1, 'ORPHAN')", new { aciId });
        var bundleRef = (await store.QuerySingleAsync<string>("SELECT MIN(BUNDLE_REF) FROM RCS_BUNDLE")).Trim();
        await store.ExecuteAsync("UPDATE RCS_BUNDLE SET EXPECTED_ARRIVAL = 'soon' WHERE BUNDLE_REF = @bundleRef", new { bundleRef });

        var after = await ReadAsync(store);

        var reasons = after.Where(r => r.Quarantined is not null).Select(r => r.Quarantined!).OrderBy(q => q.LegacyKey, StringComparer.Ordinal).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Contains(reasons, q => q.LegacyKey.EndsWith($"(ACI_ID {aciId})", StringComparison.Ordinal)
                                      && q.Reason == "RCS_ACI_ARTICLE line 1 names version 9, which has no RCS_ACI_VERSION row.");
        Assert.Contains(reasons, q => q.LegacyKey.StartsWith($"RCS_BUNDLE {bundleRef} ", StringComparison.Ordinal)
                                      && q.Reason == "EXPECTED_ARRIVAL 'soon' is not a time.");
        Assert.Equal(before.Count - 2, after.Count(r => r.Document is not null));
    }

    private async Task<List<LegacyRead>> ReadAsync(SqliteConnection store) =>
        await CanonicalParity.ReadAllAsync(new RocarsLegacyReader(), store, history.Everything);
}
