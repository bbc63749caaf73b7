using Microsoft.Extensions.DependencyInjection;
using Strangler.Contracts.Time;
using Strangler.Core.Store.Database;
using Strangler.Facade.Testing;
using Strangler.Legacy.Platform.Store;
using Strangler.Migration.Legacy.Accs;
using Strangler.Migration.Legacy.Tests.Rocars;
using Xunit.Abstractions;

namespace Strangler.Migration.Legacy.Tests.Accs;

/// <summary>
/// ACCS traffic sent through the facade in shadow: every cargo report and air waybill status both stores hold reads
/// from legacy exactly as the core stored it.
/// </summary>
public sealed class AccsStackParityTests(SqliteStack stack, ITestOutputHelper output) : IClassFixture<SqliteStack>
{
    private const string Messages = "accs/v1/messages";

    [Fact]
    public async Task Waybills_house_lists_flight_manifests_and_statuses_read_from_legacy_equal_the_cores_canonical_forms()
    {
        foreach (var unit in new[] { "road", "air", "sea", "river", "rail" })
        {
            await stack.Facade.SetStageAsync(unit, "shadow");
        }

        var now = HongKongTime.ToHongKong(stack.Clock.GetUtcNow());
        var coreDatabase = stack.Core.Services.GetRequiredService<CoreDatabase>();
        var cathay = stack.Facade.Client("test-cathay");
        await AcceptedAsync(cathay, Contract.Sample("accs/01-fwb-accepted.txt", now));
        await AcceptedAsync(cathay, Contract.Sample("accs/02-fhl-accepted.txt", now));
        await AcceptedAsync(cathay, TransitFwb(now, pieces: 3));
        await AcceptedAsync(cathay, TransitFwb(now, pieces: 4));

        // Each key has its own mirror lane: the FFM goes once the core holds the FWBs it names (else its NA would differ).
        await CoreDocumentsAsync(coreDatabase, 4 + 2);
        await AcceptedAsync(stack.Facade.Client("test-hactl"), Contract.Sample("accs/03-ffm-accepted.txt", now));

        var reader = new AccsLegacyReader();
        var legacyDatabase = stack.StandIn("Accs").Services.GetRequiredService<LegacyDatabase>();
        await using var legacy = await legacyDatabase.OpenAsync();
        var reads = await CanonicalParity.ReadAllAsync(reader, legacy, LegacySelection.Day(HongKongTime.Date(now)));
        Assert.All(reads, r => Assert.Null(r.Quarantined));
        var legacyForms = CanonicalParity.LegacyForms(reads);
        Assert.Equal(5, reads.Count(r => r.Document!.Kind == "CargoReport"));
        Assert.Equal(3, reads.Count(r => r.Document!.Kind == "AirWaybillStatus"));

        var coreForms = await CanonicalParity.CoreFormsEventuallyAsync(coreDatabase, legacyForms, "CargoReport", "AirWaybillStatus");
        var differences = CanonicalParity.Differences(legacyForms, coreForms, reader.NotHeld);
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
        Assert.Equal(legacyForms.Keys.Order(StringComparer.Ordinal), coreForms.Keys.Order(StringComparer.Ordinal));
    }

    // A transit air waybill (neither end HKG): no risk decision, so NA from both systems whatever their risk engines.
    private static byte[] TransitFwb(DateTimeOffset now, int pieces) =>
        Contract.Vary(Contract.Sample("accs/01-fwb-accepted.txt", now),
            ("160-12345675HKGLHR/T10K100.0MC0.72", $"160-33333333LHRSIN/T{pieces}K25.5"), ("RTG/LHRCX", "RTG/SINCX"));

    private static async Task AcceptedAsync(HttpClient client, byte[] body)
    {
        var (status, answer) = await Contract.PostAsync(client, Messages, body, "text/plain");
        Assert.True(status == 200 && answer.StartsWith("FMA", StringComparison.Ordinal), answer);
    }

    private static Task CoreDocumentsAsync(CoreDatabase database, int count) =>
        Eventually.Get(async () =>
        {
            await using var core = await database.OpenAsync();
            return (await CanonicalParity.CoreFormsAsync(core, "CargoReport", "AirWaybillStatus")).Count;
        }, n => n >= count, $"{count} ACCS documents in the core");
}
