using Microsoft.Data.Sqlite;
using Strangler.Legacy.History.Driving;
using Strangler.Legacy.History.Sinks;
using Strangler.Legacy.History.Tests.Generation;
using Strangler.Legacy.History.Traffic;

namespace Strangler.Legacy.History.Tests.Stores;

public sealed class SqliteStoreTests : StandInStoreTests, IDisposable
{
    private readonly List<string> _folders = [];

    protected override HistoryStore Store => new(HistoryStore.Sqlite, NewFolder());

    [Fact]
    public async Task The_same_seed_gives_identical_store_contents()
    {
        var first = NewFolder();
        var second = NewFolder();
        foreach (var folder in new[] { first, second })
        {
            var generator = new HistoryGenerator(SmallHistory.Plan(seed: 21));
            await using var sink = await StandInSink.CreateAsync(new HistoryStore(HistoryStore.Sqlite, folder), generator.Clients, HistoryInterfaces.All);
            await generator.RunAsync(sink);
        }

        foreach (var name in new[] { "gets", "eman", "rocars", "accs" })
        {
            var dump = Dump(Path.Combine(first, name + ".db"));
            Assert.True(dump.Count > 100, $"{name}: {dump.Count} rows");
            Assert.Equal(dump, Dump(Path.Combine(second, name + ".db")));
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder.
            }
        }
    }

    // Every row of every table, in a stable order, as text; not FluentMigrator's version table (it holds when migrations ran).
    private static List<string> Dump(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%SCHEMA_VERSION' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {table}";
            using var reader = select.ExecuteReader();
            var tableRows = new List<string>();
            while (reader.Read())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                tableRows.Add(table + "|" + string.Join("|", values.Select(v => v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }

            tableRows.Sort(StringComparer.Ordinal);
            rows.AddRange(tableRows);
        }

        return rows;
    }

    private string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("strangler-history-test-").FullName;
        _folders.Add(folder);
        return folder;
    }
}
