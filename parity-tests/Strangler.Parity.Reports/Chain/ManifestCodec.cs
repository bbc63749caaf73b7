using System.Text.Json;
using Strangler.Parity.Reports.Json;

namespace Strangler.Parity.Reports.Chain;

/// <summary>Writes a sealed manifest and reads one back, telling whether its bytes are exactly what was written.</summary>
internal static class ManifestCodec
{
    public static byte[] Seal(ReportManifest unsealed)
    {
        var withoutSeal = unsealed with { Seal = null };
        return ReportJson.Serialize(withoutSeal with { Seal = Sha256Hex.Of(ReportJson.Serialize(withoutSeal)) });
    }

    /// <summary>The manifest, or null with the reason when the bytes are not a sealed manifest in its written form.</summary>
    public static (ReportManifest? Manifest, string? Problem) Read(byte[] bytes)
    {
        ReportManifest? manifest;
        try
        {
            manifest = ReportJson.Deserialize<ReportManifest>(bytes);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return (null, "manifest.json is not readable JSON: " + e.Message);
        }

        if (manifest is null || manifest.Files.Any(f => f is null) || manifest.Format != ReportManifest.CurrentFormat)
        {
            return (null, "manifest.json is not a report manifest of format " + ReportManifest.CurrentFormat);
        }

        if (!Seal(manifest).AsSpan().SequenceEqual(bytes))
        {
            // Either the seal no longer matches the content, or the bytes were changed without changing the content.
            return (manifest, "manifest.json was altered after it was written (its seal or its form does not match)");
        }

        return (manifest, null);
    }
}
