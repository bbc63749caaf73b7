using Microsoft.Data.Sqlite;
using Strangler.Contracts.CodeLists;
using Strangler.Legacy.History.Traffic;
using Strangler.Migration.Legacy.Eman;
using Strangler.Migration.Legacy.Tests.Gets;

namespace Strangler.Migration.Legacy.Tests.Eman;

/// <summary>Generated EMAN history read back completely, and by day and mode.</summary>
[Collection(GeneratedHistoryCollection.Name)]
public sealed class EmanHistoryTests(GeneratedHistory history)
{
    private readonly EmanLegacyReader reader = new();

    [Fact]
    public async Task Every_manifest_of_a_generated_history_is_read_once_over_its_days_and_none_is_quarantined()
    {
        await using var connection = new SqliteConnection(history.ConnectionStringFor("eman"));
        await connection.OpenAsync();
        var expected = history.Originals.Where(o => o.Interface == HistoryInterface.Eman).ToList();

        var reads = await LegacyParity.ReadAllAsync(reader, connection, new LegacySelection(expected.Min(o => o.Day), expected.Max(o => o.Day)));

        Assert.Empty(reads.Where(r => r.Quarantined is not null).Select(r => $"{r.Quarantined!.LegacyKey}: {r.Quarantined.Reason}"));
        Assert.True(expected.Count > 5, $"only {expected.Count} manifests generated");
        Assert.Equal(expected.Select(o => o.Reference).Order(StringComparer.Ordinal), reads.Select(r => r.Document!.Reference));
        Assert.Equal(expected.Select(o => (o.Reference, (TransportMode?)o.Mode, o.Day)).Order(),
            reads.Select(r => (r.Document!.Reference, r.Document.Mode, r.Document.Day)).Order());
        Assert.All(reads, r => Assert.Equal("Manifest", r.Document!.Kind));
    }

    [Fact]
    public async Task A_day_and_mode_selection_returns_exactly_the_manifests_of_that_day_and_mode()
    {
        await using var connection = new SqliteConnection(history.ConnectionStringFor("eman"));
        await connection.OpenAsync();
        var day = GeneratedHistory.FirstDay;
        var expected = history.Originals.Where(o => o.Interface == HistoryInterface.Eman && o.Day == day && o.Mode == TransportMode.Maritime)
            .Select(o => o.Reference).Order(StringComparer.Ordinal).ToList();

        var reads = await LegacyParity.ReadAllAsync(reader, connection, LegacySelection.Day(day, TransportMode.Maritime));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, reads.Select(r => r.Document!.Reference));
        Assert.All(reads, r => Assert.Equal((day, (TransportMode?)TransportMode.Maritime), (r.Document!.Day, r.Document.Mode)));
    }
}
