using System.Security.Cryptography;
using System.Text;
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
        var w = new CanonicalWriter();
        DocumentRendering.Write(w, document);
        return Encoding.UTF8.GetBytes(w.ToString());
    }

    public static byte[] Of(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var w = new CanonicalWriter();
        w.Number("version", version.Number);
        w.Code("function", version.Function);
        w.Time("receivedAt", version.ReceivedAt);
        w.Text("issuedReference", version.IssuedReference);
        w.Code("source", version.Source);
        w.Text("clientKey", version.ClientKey);
        w.Object("document", version.Document, DocumentRendering.Write);
        return Encoding.UTF8.GetBytes(w.ToString());
    }

    /// <summary>SHA-256 of <see cref="Of(CanonicalDocument)"/>, lower-case hex.</summary>
    public static string Checksum(CanonicalDocument document) => Hex(Of(document));

    /// <summary>SHA-256 of <see cref="Of(DocumentVersion)"/>, lower-case hex.</summary>
    public static string Checksum(DocumentVersion version) => Hex(Of(version));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
