using Dapper;
using Strangler.Facade.ControlPlane;
using Strangler.Facade.Mirroring;

namespace Strangler.Facade.Tests;

/// <summary>The comparison store on SQLite reads back what it holds, whatever storage class SQLite picked for a value.</summary>
public sealed class ComparisonStoreTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "strangler-comparisons-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task Latencies_of_a_whole_number_of_milliseconds_read_back_as_numbers()
    {
        using var database = new ControlPlaneDatabase(ControlPlaneProvider.Sqlite, $"Data Source={_file}");
        await database.MigrateAsync();
        await using (var connection = await database.OpenAsync())
        {
            // SQLite's NUMERIC column stores 107.0 as the integer 107 (what a replayed or rounded latency gives); Dapper
            // reads every row with the reader it built for the first (here a real number).
            foreach (var (primary, secondary) in new[] { (12.25, 12.5), (107.0, 108.0) })
            {
                await connection.ExecuteAsync("""
                INSERT INTO facade_comparison (at_ms, interface, unit, stage, message_type, primary_side, method, path, request_sha256,
                    request_body, primary_status, primary_body, primary_ms, secondary_status, secondary_body, secondary_ms, outcome,
                    mirror_attempts, differences)
                VALUES (1, 'Rocars', 'road', 'shadow', 'ACI', 'legacy', 'POST', '/rocars/xml/v1/aci', 'x', X'00', 200, X'00', @primary,
                    200, X'00', @secondary, 'equal', 1, '[]')
                """, new { primary, secondary });
            }

            Assert.Equal("integer", await connection.ExecuteScalarAsync<string>("SELECT typeof(secondary_ms) FROM facade_comparison ORDER BY id DESC LIMIT 1"));
        }

        var records = await new ComparisonStore(database, TimeProvider.System).ListAsync("road", null, 0, 10);

        Assert.Equal([(12.25, (double?)12.5), (107.0, 108.0)], records.Select(r => (r.PrimaryMs, r.SecondaryMs)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
