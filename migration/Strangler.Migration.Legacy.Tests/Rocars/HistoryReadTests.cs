using System.Data.Common;
using Strangler.Contracts.CodeLists;

namespace Strangler.Migration.Legacy.Tests.Rocars;

/// <summary>
/// A reader against generated history: everything maps, every accepted message is read once, day and mode selections
/// are honoured, and the PostgreSQL store (CHAR padding, timestamp columns) reads byte-identical to the SQLite one.
/// </summary>
public abstract class HistoryReadTests(GeneratedHistory history, ILegacyDocumentReader reader, string standIn, TransportMode mode)
{
    protected GeneratedHistory History { get; } = history;

    /// <summary>How many of the read documents' versions (or documents) the run's accepted count must equal.</summary>
    protected abstract long ReadCount(IReadOnlyList<LegacyDocument> documents);

    protected abstract long AcceptedCount();

    [Fact]
    public async Task Generated_history_reads_completely_with_nothing_quarantined_and_each_accepted_message_once()
    {
        var reads = await ReadAsync(await History.OpenSqliteAsync(standIn), History.Everything);

        Assert.Empty(reads.Where(r => r.Quarantined is not null).Select(r => r.Quarantined!.Reason));
        var documents = reads.Select(r => r.Document!).ToList();
        Assert.True(documents.Count > 10, $"only {documents.Count} documents");
        Assert.Equal(documents.Count, documents.Select(d => d.Reference).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(AcceptedCount(), ReadCount(documents));
        Assert.Equal(documents.Select(d => d.Reference).Order(StringComparer.Ordinal), documents.Select(d => d.Reference));
        Assert.All(documents, d => Assert.Equal(mode, d.Mode));
    }

    [Fact]
    public async Task A_day_selection_returns_exactly_the_documents_whose_original_came_that_day()
    {
        var all = (await ReadAsync(await History.OpenSqliteAsync(standIn), History.Everything)).Select(r => r.Document!).ToList();
        var byDay = new List<LegacyDocument>();
        for (var day = History.Everything.FirstDay; day <= History.Everything.LastDay; day = day.AddDays(1))
        {
            var selected = (await ReadAsync(await History.OpenSqliteAsync(standIn), LegacySelection.Day(day))).Select(r => r.Document!).ToList();
            Assert.All(selected, d => Assert.Equal(day, d.Day));
            Assert.All(selected, d => Assert.Equal(day, DateOnly.FromDateTime(d.Versions[0].ReceivedAt.DateTime)));
            byDay.AddRange(selected);
        }

        Assert.True(all.Select(d => d.Day).Distinct().Count() > 1, "the history spans several days");
        Assert.Equal(all.Select(d => d.Reference), byDay.Select(d => d.Reference).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_mode_selection_returns_the_readers_mode_only()
    {
        var everything = await ReadAsync(await History.OpenSqliteAsync(standIn), History.Everything);
        var sameMode = await ReadAsync(await History.OpenSqliteAsync(standIn), History.Everything with { Mode = mode });
        var otherMode = await ReadAsync(await History.OpenSqliteAsync(standIn), History.Everything with { Mode = TransportMode.Maritime });

        Assert.Equal(everything.Count, sameMode.Count);
        Assert.Empty(otherMode);
    }

    [Fact]
    public async Task The_same_history_on_postgresql_reads_byte_identical_to_sqlite()
    {
        var sqlite = CanonicalParity.LegacyForms(await ReadAsync(await History.OpenSqliteAsync(standIn), History.Everything));
        var postgresReads = await ReadAsync(await History.OpenPostgresAsync(), History.Everything);
        var postgres = CanonicalParity.LegacyForms(postgresReads);

        Assert.Empty(postgresReads.Where(r => r.Quarantined is not null).Select(r => r.Quarantined!.Reason));
        Assert.True(postgres.Count > 10);
        var differences = CanonicalParity.Differences(sqlite, postgres, []);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(20)));
    }

    private async Task<List<LegacyRead>> ReadAsync(DbConnection connection, LegacySelection selection)
    {
        await using (connection)
        {
            return await CanonicalParity.ReadAllAsync(reader, connection, selection);
        }
    }
}

[Collection(GeneratedHistoryCollection.Name)]
public sealed class RocarsHistoryReadTests(GeneratedHistory history)
    : HistoryReadTests(history, new Migration.Legacy.Rocars.RocarsLegacyReader(), "rocars", TransportMode.Road)
{
    // Every accepted ACI original, amendment and cancellation and every bundle is one version.
    protected override long ReadCount(IReadOnlyList<LegacyDocument> documents) => documents.Sum(d => d.Versions.Count);

    protected override long AcceptedCount() => History.SqliteTotals.Interfaces[Strangler.Legacy.History.Traffic.HistoryInterface.Rocars].Accepted;
}
