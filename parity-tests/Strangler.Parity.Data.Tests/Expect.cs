namespace Strangler.Parity.Data.Tests;

internal static class Expect
{
    /// <summary>The differences as (key, kind), in the result's order.</summary>
    public static IReadOnlyList<(string Key, DataDifferenceKind Kind)> Found(DataParityResult result) =>
        [.. result.Differences.Select(d => (d.Key, d.Kind))];
}
