using Dapper;
using Microsoft.Data.Sqlite;
using Strangler.Core.Model.Documents;
using Strangler.Migration.Legacy.Accs;
using Strangler.Migration.Legacy.Tests.Rocars;

namespace Strangler.Migration.Legacy.Tests.Accs;

/// <summary>Rows corrupted by SQL in a copy of the generated ACCS store are quarantined with their reason; the rest still map.</summary>
[Collection(GeneratedHistoryCollection.Name)]
public sealed class AccsQuarantineTests(GeneratedHistory history)
{
    [Fact]
    public async Task An_unknown_action_code_quarantines_its_air_waybills_status_and_the_others_still_map()
    {
        await using var store = await history.CopySqliteAsync("accs");
        var before = await ReadAsync(store);
        var csnId = await store.QuerySingleAsync<long>("SELECT MIN(CSN_ID) FROM ACC_CSN");
        var awb = await store.QuerySingleAsync<string>("SELECT AWB_NO FROM ACC_CSN WHERE CSN_ID = @csnId", new { csnId });
        await store.ExecuteAsync("UPDATE ACC_CSN SET ACTION_CODE = 'ZZ' WHERE CSN_ID = @csnId", new { csnId });

        var after = await ReadAsync(store);

        var quarantined = Assert.Single(after, r => r.Quarantined is not null).Quarantined!;
        Assert.Equal(SourceInterface.Accs, quarantined.Interface);
        Assert.Equal($"ACC_CSN {awb.Trim()} (CSN_ID {csnId})", quarantined.LegacyKey);
        Assert.Equal("ACTION_CODE 'ZZ' is not NA, NC, DC, PX or RL.", quarantined.Reason);
        Assert.Equal(before.Count - 1, after.Count(r => r.Document is not null));
    }

    [Fact]
    public async Task A_malformed_manifest_line_and_a_missing_flight_row_quarantine_their_parts()
    {
        await using var store = await history.CopySqliteAsync("accs");
        var before = await ReadAsync(store);
        var parts = (await store.QueryAsync<(long PartId, long FlightId, string ReceiptNo)>(
            "SELECT PART_ID, FLIGHT_ID, RECEIPT_NO FROM ACC_FFM_PART ORDER BY PART_ID")).ToList();
        var (badLine, orphan) = (parts[0], parts.First(p => p.FlightId != parts[0].FlightId));
        await store.ExecuteAsync("UPDATE ACC_FFM_WAYBILL SET WAYBILL_LINE = 'NOT A LINE' WHERE PART_ID = @PartId AND SEQ_NO = 1", new { badLine.PartId });
        var orphans = await store.QuerySingleAsync<long>("SELECT COUNT(*) FROM ACC_FFM_PART WHERE FLIGHT_ID = @FlightId", new { orphan.FlightId });
        await store.ExecuteAsync("DELETE FROM ACC_FLIGHT WHERE FLIGHT_ID = @FlightId", new { orphan.FlightId });

        var after = await ReadAsync(store);

        var quarantined = after.Where(r => r.Quarantined is not null).Select(r => r.Quarantined!).ToList();
        Assert.Equal(1 + orphans, quarantined.Count);
        Assert.Contains(quarantined, q => q.LegacyKey == $"ACC_FFM_PART {badLine.ReceiptNo.Trim()} (PART_ID {badLine.PartId})"
                                          && q.Reason == "ACC_FFM_WAYBILL 1: WAYBILL_LINE 'NOT A LINE' is not an air waybill line.");
        Assert.Contains(quarantined, q => q.LegacyKey == $"ACC_FFM_PART {orphan.ReceiptNo.Trim()} (PART_ID {orphan.PartId})"
                                          && q.Reason == $"its flight (FLIGHT_ID {orphan.FlightId}) has no readable ACC_FLIGHT row.");
        Assert.Equal(before.Count - quarantined.Count, after.Count(r => r.Document is not null));
    }

    private async Task<List<LegacyRead>> ReadAsync(SqliteConnection store) =>
        await CanonicalParity.ReadAllAsync(new AccsLegacyReader(), store, history.Everything);
}
