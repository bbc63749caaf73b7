using System.Security.Cryptography;
using System.Text;
using Strangler.Core.Model.Documents;

namespace Strangler.Core.Model.Tests.Canonical.Legacy;

// A verbatim reference copy of the rendering before issue 7 (only renamed): the new rendering must give the same bytes.

/// <summary>
/// The stable rendering of a document or document version for data parity: UTF-8 <c>path=value</c>
/// lines, fields in a fixed order, strings trimmed, times at +08:00 to the second, decimals without
/// trailing zeros. Equal documents give equal bytes; a change to any field changes them.
/// </summary>
internal static class LegacyCanonicalForm
{
    public static byte[] Of(CanonicalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var w = new LegacyCanonicalWriter();
        LegacyDocumentRendering.Write(w, document);
        return Encoding.UTF8.GetBytes(w.ToString());
    }

    public static byte[] Of(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var w = new LegacyCanonicalWriter();
        w.Number("version", version.Number);
        w.Code("function", version.Function);
        w.Time("receivedAt", version.ReceivedAt);
        w.Text("issuedReference", version.IssuedReference);
        w.Code("source", version.Source);
        w.Text("clientKey", version.ClientKey);
        w.Object("document", version.Document, LegacyDocumentRendering.Write);
        return Encoding.UTF8.GetBytes(w.ToString());
    }

    /// <summary>SHA-256 of <see cref="Of(CanonicalDocument)"/>, lower-case hex.</summary>
    public static string Checksum(CanonicalDocument document) => Hex(Of(document));

    /// <summary>SHA-256 of <see cref="Of(DocumentVersion)"/>, lower-case hex.</summary>
    public static string Checksum(DocumentVersion version) => Hex(Of(version));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
