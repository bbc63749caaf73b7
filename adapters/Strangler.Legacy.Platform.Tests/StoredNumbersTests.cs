using Dapper;
using Microsoft.Data.Sqlite;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Platform.Tests;

public sealed class StoredNumbersTests
{
    [Fact]
    public async Task Sqlite_numeric_columns_mixing_whole_and_fractional_values_read_back_as_decimals()
    {
        StoredNumbers.RegisterWithDapper();
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE T_ARTICLE (LINE_NO INTEGER NOT NULL, WEIGHT NUMERIC(23,3), VALUE_HKD NUMERIC(22,2))");
        await connection.ExecuteAsync(
            "INSERT INTO T_ARTICLE (LINE_NO, WEIGHT, VALUE_HKD) VALUES (@Line, @Weight, @Value)",
            new[]
            {
                new { Line = 1, Weight = (decimal?)4690m, Value = (decimal?)88000m },
                new { Line = 2, Weight = (decimal?)420.5m, Value = (decimal?)12.35m },
                new { Line = 3, Weight = (decimal?)null, Value = (decimal?)0.01m },
            });

        var rows = (await connection.QueryAsync<ArticleRow>(
            "SELECT LINE_NO AS LineNo, WEIGHT AS Weight, VALUE_HKD AS ValueHkd FROM T_ARTICLE ORDER BY LINE_NO")).ToList();

        Assert.Equal([4690m, 420.5m, null], rows.Select(r => r.Weight));
        Assert.Equal([88000m, 12.35m, 0.01m], rows.Select(r => r.ValueHkd));
    }

    private sealed class ArticleRow
    {
        public long LineNo { get; set; }

        public decimal? Weight { get; set; }

        public decimal? ValueHkd { get; set; }
    }
}
