namespace Strangler.Contracts.Testing;

/// <summary>
/// Byte-level mutations for robustness properties: each edit replaces (kind 0), inserts (kind 1) or deletes
/// (kind 2) one byte at a position taken modulo the current length. Other kinds are ignored.
/// </summary>
public static class ByteEdits
{
    public static byte[] Apply(byte[] body, IEnumerable<(int Kind, int Position, byte Value)> edits)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(edits);
        var bytes = body.ToList();
        foreach (var (kind, position, value) in edits)
        {
            var at = bytes.Count == 0 ? 0 : Math.Abs(position % bytes.Count);
            switch (kind)
            {
                case 0 when bytes.Count > 0: bytes[at] = value; break;
                case 1: bytes.Insert(at, value); break;
                case 2 when bytes.Count > 0: bytes.RemoveAt(at); break;
            }
        }

        return [.. bytes];
    }
}
