using System.Globalization;
using Strangler.Parity.Data.Tests.Stores;
using Xunit.Abstractions;

namespace Strangler.Parity.Data.Tests;

/// <summary>
/// Rows per second of the comparison on generated history, equal and with 10 scattered differences. Small by default so
/// the suite stays fast; the figure comes from STRANGLER_PARITY_RECORDS=1000000 (see the report for the command).
/// Timings are written out, never asserted.
/// </summary>
public sealed class Benchmark(ITestOutputHelper output)
{
    internal static int Records =>
        int.TryParse(Environment.GetEnvironmentVariable("STRANGLER_PARITY_RECORDS"), CultureInfo.InvariantCulture, out var n) ? n : 20_000;

    [Fact]
    public async Task Generated_history_on_sqlite_is_confirmed_equal_and_its_ten_differences_found()
    {
        var records = History.Generate(Records);
        var (changed, expected) = History.SeedTen(records);
        using var legacy = SqliteStore.Create(records);
        using var equalCore = SqliteStore.Create(records);
        using var core = SqliteStore.Create(changed);

        var equal = await DataParity.CompareAsync(legacy.Source, equalCore.Source, KeyRange.Whole);
        var ten = await DataParity.CompareAsync(legacy.Source, core.Source, KeyRange.Whole);

        Assert.True(equal.IsEqual);
        Assert.Equal(expected, Expect.Found(ten));
        Report(output, "sqlite, hashed in .NET", equal, ten);
    }

    internal static void Report(ITestOutputHelper output, string what, DataParityResult equal, DataParityResult ten)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{what}: {equal.LegacyCount:N0} records; equal in {equal.Elapsed.TotalMilliseconds:N0} ms ({equal.RecordsPerSecond:N0}/s); " +
            $"10 differences in {ten.Elapsed.TotalMilliseconds:N0} ms ({ten.RecordsPerSecond:N0}/s, {ten.Ranges.Count} ranges)");
        output.WriteLine(line);
        var file = Environment.GetEnvironmentVariable("STRANGLER_PARITY_REPORT");
        if (!string.IsNullOrEmpty(file))
        {
            File.AppendAllText(file, line + Environment.NewLine);
        }
    }
}
