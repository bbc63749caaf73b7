using System.Text;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Testing;

namespace Strangler.Facade.Routing.Tests;

/// <summary>Contract samples filled at noon Hong Kong time on 2026-11-26, and small helpers to craft bodies.</summary>
internal static class Bodies
{
    public static readonly DateTimeOffset Noon = SamplePlaceholders.NoonHongKong(new DateOnly(2026, 11, 26));

    /// <summary>The CCRN the samples' <c>${CCRN:…}</c> placeholders stand for in these tests (legacy block).</summary>
    public static readonly string Ccrn = CcrnNumber.Create(new DateOnly(2026, 11, 26), 13);

    public static byte[] Sample(string relativePath) => ContractSamples.Read(relativePath, Noon, _ => Ccrn);

    public static string SampleText(string relativePath) => Encoding.UTF8.GetString(Sample(relativePath));

    /// <summary>Every sample of one interface folder, filled.</summary>
    public static IEnumerable<(string Path, byte[] Body)> All(string folder) =>
        ContractSamples.Files(folder).Select(f => ($"{folder}/{f}", Sample($"{folder}/{f}")));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] WithBom(byte[] body) => [0xEF, 0xBB, 0xBF, .. body];
}
