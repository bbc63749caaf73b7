using System.Data.Common;
using Microsoft.Data.Sqlite;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Planning;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Traffic;
using Strangler.Testing;

namespace Strangler.Migration.Legacy.Tests.Rocars;

/// <summary>
/// One small generated history (the same plan) written by the ROCARS and ACCS stand-ins into SQLite files and into a
/// PostgreSQL database of its own: the same rows on both, so reads from the two must be byte-identical.
/// </summary>
public sealed class GeneratedHistory : IAsyncLifetime
{
    public static readonly DateOnly FirstDay = new(2026, 3, 2);

    private readonly string _folder = Directory.CreateTempSubdirectory("legacy-readers-history-").FullName;
    private readonly PostgresDatabaseFixture _postgres = new();

    public HistoryTotals SqliteTotals { get; private set; } = null!;

    public HistoryTotals PostgresTotals { get; private set; } = null!;

    public LegacySelection Everything => new(SqliteTotals.FirstReceivedAt is { } first ? DateOnly.FromDateTime(first.ToOffset(TimeSpan.FromHours(8)).DateTime) : FirstDay,
        DateOnly.FromDateTime(SqliteTotals.LastReceivedAt!.Value.ToOffset(TimeSpan.FromHours(8)).DateTime));

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        SqliteTotals = await GenerateAsync(new HistoryStore(HistoryStore.Sqlite, _folder));
        PostgresTotals = await GenerateAsync(new HistoryStore(HistoryStore.Postgres, _postgres.ConnectionString));
    }

    /// <summary>An open connection to the SQLite file of a stand-in (<c>rocars</c>, <c>accs</c>).</summary>
    public async Task<DbConnection> OpenSqliteAsync(string standIn)
    {
        var connection = new SqliteConnection(new HistoryStore(HistoryStore.Sqlite, _folder).ConnectionStringFor(standIn));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>An in-memory copy of a stand-in's SQLite store, open, to corrupt without touching the shared one.</summary>
    public async Task<SqliteConnection> CopySqliteAsync(string standIn)
    {
        var copy = new SqliteConnection("Data Source=:memory:");
        await copy.OpenAsync();
        await using var source = new SqliteConnection(new HistoryStore(HistoryStore.Sqlite, _folder).ConnectionStringFor(standIn));
        await source.OpenAsync();
        source.BackupDatabase(copy);
        return copy;
    }

    public async Task<DbConnection> OpenPostgresAsync() => await _postgres.OpenConnectionAsync();

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<HistoryTotals> GenerateAsync(HistoryStore store)
    {
        var plan = HistoryPlan.For(HistoryScale.Small, seed: 7, FirstDay, days: 1);
        var generator = new HistoryGenerator(plan);
        await using var sink = await StandInSink.CreateAsync(store, generator.Clients, [HistoryInterface.Rocars, HistoryInterface.Accs]);
        var totals = await generator.RunAsync(sink);
        Assert.True(totals.Unexpected == 0, string.Join(Environment.NewLine, totals.UnexpectedExamples));
        return totals;
    }
}

[CollectionDefinition(Name)]
public sealed class GeneratedHistoryCollection : ICollectionFixture<GeneratedHistory>
{
    public const string Name = "Generated history (ROCARS, ACCS)";
}
