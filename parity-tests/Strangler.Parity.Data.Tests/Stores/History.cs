namespace Strangler.Parity.Data.Tests.Stores;

/// <summary>Generated store contents: records keyed by document reference with a canonical text, and seeded differences.</summary>
internal static class History
{
    public static SortedDictionary<string, string> Generate(int count)
    {
        var records = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = Key(i);
            records[key] = Canonical(key, i);
        }

        return records;
    }

    // Spread over prefixes so keys are not one dense run.
    public static string Key(int i) => $"{"ACMR"[i % 4]}{i % 7}-{i:D9}";

    public static string Canonical(string key, int i) =>
        $"ref={key}|mode={(i % 5) switch { 0 => "road", 1 => "air", 2 => "sea", 3 => "river", _ => "rail" }}|consignee=Trader {i % 977}|charge={i % 10_000}.{i % 100:D2}|date=2026-{1 + i % 12:D2}-{1 + i % 28:D2}";

    /// <summary>
    /// A copy of <paramref name="legacy"/> with 10 scattered differences: 3 records dropped, 3 added, 4 changed (a charge,
    /// a consignee, a date, the whole text). Returns the core contents and the expected differences in key order.
    /// </summary>
    public static (SortedDictionary<string, string> Core, IReadOnlyList<(string Key, DataDifferenceKind Kind)> Expected) SeedTen(
        SortedDictionary<string, string> legacy)
    {
        var core = new SortedDictionary<string, string>(legacy, StringComparer.Ordinal);
        var keys = legacy.Keys.ToArray();
        var n = keys.Length;
        var expected = new List<(string, DataDifferenceKind)>();
        foreach (var at in new[] { n / 11, n / 2 + 3, n - 2 })
        {
            core.Remove(keys[at]);
            expected.Add((keys[at], DataDifferenceKind.Missing));
        }

        foreach (var extra in new[] { "A0-000000000x", "M3-5", "R9-999999999" })
        {
            core[extra] = "ref=" + extra + "|mode=sea";
            expected.Add((extra, DataDifferenceKind.Extra));
        }

        var changes = new (int At, Func<string, string> Change)[]
        {
            (n / 7, t => t.Replace("charge=", "charge=1", StringComparison.Ordinal)),
            (n / 3, t => t.Replace("Trader", "Tradex", StringComparison.Ordinal)),
            (2 * n / 3, t => t.Replace("date=2026", "date=2025", StringComparison.Ordinal)),
            (0, _ => ""),
        };
        foreach (var (at, change) in changes)
        {
            core[keys[at]] = change(legacy[keys[at]]);
            expected.Add((keys[at], DataDifferenceKind.Differing));
        }

        return (core, [.. expected.OrderBy(e => e.Item1, StringComparer.Ordinal)]);
    }

    /// <summary>Keys that quote, escape, pattern-match or sort awkwardly.</summary>
    public static IReadOnlyList<string> OddKeys { get; } =
    [
        "", " ", "  lead", "trail ", "O'Brien", "\"quoted\"", "100%", "a_b", "a\\b", "semi;colon", "new\nline", "tab\tkey",
        "\u001f", "é-accent", "e\u0301-combining", "中文參考", "Ωmega", "ZZZ", "zzz", "~tilde", "\u007f",
        "AWB 160-12345675", "GETS/2026/000001", "x--y", "x-y",
    ];
}
