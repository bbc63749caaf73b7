using System.Security.Cryptography;
using Strangler.Core.Model.Documents;

namespace Strangler.Core.Model.Canonical;

/// <summary>
/// The stable rendering of a document or document version for data parity: UTF-8 <c>path=value</c>
/// lines, fields in a fixed order, strings trimmed, times at +08:00 to the second, decimals without
/// trailing zeros. Equal documents give equal bytes; a change to any field changes them.
/// </summary>
public static class CanonicalForm
{
    public static byte[] Of(CanonicalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var w = CanonicalWriter.Rent();
        DocumentRendering.Write(w, document);
        var bytes = w.Written.ToArray();
        CanonicalWriter.Return(w);
        return bytes;
    }

    public static byte[] Of(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var w = Write(version);
        var bytes = w.Written.ToArray();
        CanonicalWriter.Return(w);
        return bytes;
    }

    /// <summary>
    /// <see cref="Of(DocumentVersion)"/> and its <see cref="Checksum(DocumentVersion)"/> from one rendering, the
    /// hash taken over the rendered bytes.
    /// </summary>
    public static (byte[] Bytes, string Checksum) Render(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var w = Write(version);
        var result = (w.Written.ToArray(), Hex(w.Written));
        CanonicalWriter.Return(w);
        return result;
    }

    /// <summary>SHA-256 of <see cref="Of(CanonicalDocument)"/>, lower-case hex.</summary>
    public static string Checksum(CanonicalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var w = CanonicalWriter.Rent();
        DocumentRendering.Write(w, document);
        var checksum = Hex(w.Written);
        CanonicalWriter.Return(w);
        return checksum;
    }

    /// <summary>SHA-256 of <see cref="Of(DocumentVersion)"/>, lower-case hex.</summary>
    public static string Checksum(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var w = Write(version);
        var checksum = Hex(w.Written);
        CanonicalWriter.Return(w);
        return checksum;
    }

    private static CanonicalWriter Write(DocumentVersion version)
    {
        var w = CanonicalWriter.Rent();
        w.Number("version"u8, version.Number);
        w.Code("function"u8, version.Function);
        w.Time("receivedAt"u8, version.ReceivedAt);
        w.Text("issuedReference"u8, version.IssuedReference);
        w.Code("source"u8, version.Source);
        w.Text("clientKey"u8, version.ClientKey);
        w.Object("document"u8, version.Document, DocumentRendering.Write);
        return w;
    }

    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}
