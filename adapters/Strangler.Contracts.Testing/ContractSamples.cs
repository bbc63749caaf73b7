using System.Text;

namespace Strangler.Contracts.Testing;

/// <summary>
/// Finds the contract samples (<c>../shared/contracts/samples</c> beside the repository, or the
/// folder named by <c>STRANGLER_CONTRACTS</c>) and reads them as bytes.
/// </summary>
public static class ContractSamples
{
    private static readonly Lazy<string> ContractsDirectory = new(Locate);

    /// <summary>The <c>contracts</c> folder (holding <c>gets.md</c> … and <c>samples/</c>).</summary>
    public static string ContractsRoot => ContractsDirectory.Value;

    public static string SamplesRoot => Path.Combine(ContractsRoot, "samples");

    /// <summary>The sample files of one interface folder (<c>gets</c>, <c>eman</c>, <c>rocars</c>, <c>accs</c>), in name order.</summary>
    public static IReadOnlyList<string> Files(string interfaceFolder) =>
        Directory.GetFiles(Path.Combine(SamplesRoot, interfaceFolder))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The raw bytes of a sample, e.g. <c>ReadBytes("gets/01-import-sea-accepted.edi")</c>.</summary>
    public static byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Path.Combine(SamplesRoot, relativePath));

    /// <summary>A sample with its placeholders filled against <paramref name="now"/> (Hong Kong time).</summary>
    public static byte[] Read(string relativePath, DateTimeOffset now, Func<string, string>? ccrnOf = null) =>
        SamplePlaceholders.Fill(ReadBytes(relativePath), now, ccrnOf);

    /// <summary>The same as <see cref="Read"/>, as a UTF-8 string.</summary>
    public static string ReadText(string relativePath, DateTimeOffset now, Func<string, string>? ccrnOf = null) =>
        Encoding.UTF8.GetString(Read(relativePath, now, ccrnOf));

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("STRANGLER_CONTRACTS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Check(fromEnvironment);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Strangler.sln")))
            {
                return Check(Path.Combine(dir.FullName, "..", "shared", "contracts"));
            }
        }

        throw new InvalidOperationException(
            "Cannot find Strangler.sln above the test binaries; set STRANGLER_CONTRACTS to the shared contracts folder.");
    }

    private static string Check(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(Path.Combine(full, "samples", "README.md")))
        {
            throw new InvalidOperationException(
                $"No contract samples at {full}; set STRANGLER_CONTRACTS to the shared contracts folder.");
        }

        return full;
    }
}
