using System.Globalization;
using Strangler.Parity.Data.Sources;
using Strangler.Parity.Data.Tests.Stores;
using Xunit.Abstractions;

namespace Strangler.Parity.Data.Tests;

/// <summary>
/// As <see cref="Benchmark"/>, on two PostgreSQL databases: checksums in the server, and rows hashed in .NET.
/// Timings are written out, never asserted.
/// </summary>
public sealed class PostgresBenchmark(TwoPostgresDatabases databases, ITestOutputHelper output) : IClassFixture<TwoPostgresDatabases>
{
    [Fact]
    public async Task Generated_history_on_postgresql_is_confirmed_equal_and_its_ten_differences_found()
    {
        var records = History.Generate(Benchmark.Records);
        var (changed, expected) = History.SeedTen(records);
        await using var legacyConnection = await databases.Legacy.OpenConnectionAsync();
        await using var coreConnection = await databases.Core.OpenConnectionAsync();
        var legacy = await PostgresStore.CreateAsync(legacyConnection, records);
        var equalCore = await PostgresStore.CreateAsync(coreConnection, records);
        var core = await PostgresStore.CreateAsync(coreConnection, changed);

        foreach (var (what, source) in new (string, Func<Npgsql.NpgsqlConnection, SqlParityQuery, IParitySource>)[]
        {
            ("postgresql, hashtextextended sums in the server", (c, q) => new PostgresParitySource(c, q)),
            ("postgresql, md5 sums in the server", (c, q) => new PostgresParitySource(c, q, PostgresRowHash.Md5)),
            ("postgresql, hashed in .NET", (c, q) => new SqlParitySource(c, q)),
        })
        {
            var equal = await DataParity.CompareAsync(source(legacyConnection, legacy), source(coreConnection, equalCore), KeyRange.Whole);
            var ten = await DataParity.CompareAsync(source(legacyConnection, legacy), source(coreConnection, core), KeyRange.Whole);

            Assert.True(equal.IsEqual);
            Assert.Equal(expected, Expect.Found(ten));
            Benchmark.Report(output, what, equal, ten);
        }
    }
}
