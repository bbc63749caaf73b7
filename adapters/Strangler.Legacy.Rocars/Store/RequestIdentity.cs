using System.Security.Cryptography;

namespace Strangler.Legacy.Rocars.Store;

/// <summary>
/// What identifies a ROCARS request (the key and MessageId or X-Message-Id) and what makes a resend the
/// same content: method, path and the SHA-256 of the body after a leading UTF-8 BOM. DELETE has no body:
/// its path is the route template and its bundleRef (any length) is hashed in the body's place.
/// </summary>
internal sealed record RequestIdentity(string ClientKey, string MessageId, string Method, string Path, string BodySha256)
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static RequestIdentity OfPost(string clientKey, string messageId, string path, ReadOnlySpan<byte> body) =>
        new(clientKey, messageId, "POST", path, Hash(body.StartsWith(Bom) ? body[Bom.Length..] : body));

    public static RequestIdentity OfDelete(string clientKey, string messageId, string pathTemplate, string bundleRef) =>
        new(clientKey, messageId, "DELETE", pathTemplate, Hash(System.Text.Encoding.UTF8.GetBytes(bundleRef)));

    private static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
