using System.Globalization;

namespace Strangler.Parity.Stores.Records;

/// <summary>
/// The key of one record in store parity: a document version, as <c>reference/00001</c>. Both sides build it the same
/// way, and the fixed width keeps versions of one document together and in order under a bytewise key order.
/// </summary>
public static class RecordKeys
{
    public static string Of(string reference, int version) =>
        reference + "/" + version.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The reference and version of a key made by <see cref="Of"/>.</summary>
    public static (string Reference, int Version) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.LastIndexOf('/');
        return slash > 0 && int.TryParse(key.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (key[..slash], version)
            : (key, 0);
    }
}
