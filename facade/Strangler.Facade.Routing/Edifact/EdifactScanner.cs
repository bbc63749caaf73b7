namespace Strangler.Facade.Routing.Edifact;

/// <summary>
/// Walks the segments of an EDIFACT body without copying it: UNA (if any) fixes the service characters, CR and
/// LF between segments are skipped, a released terminator does not end a segment. A last segment without its
/// terminator is not returned (truncated input).
/// </summary>
internal ref struct EdifactScanner
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly ReadOnlySpan<byte> body;
    private int position;

    private EdifactScanner(ReadOnlySpan<byte> body, int position, ServiceBytes service)
    {
        this.body = body;
        this.position = position;
        Service = service;
    }

    public ServiceBytes Service { get; }

    /// <summary>False when a UNA is present but unreadable (too short, non-ASCII or unusable characters).</summary>
    public static bool TryCreate(ReadOnlySpan<byte> body, out EdifactScanner scanner)
    {
        scanner = default;
        if (body.StartsWith(ByteOrderMark))
        {
            body = body[ByteOrderMark.Length..];
        }

        if (!body.StartsWith("UNA"u8))
        {
            scanner = new EdifactScanner(body, 0, ServiceBytes.Default);
            return true;
        }

        if (body.Length < 9 || !ServiceBytes.TryRead(body.Slice(3, 6), out var service))
        {
            return false;
        }

        scanner = new EdifactScanner(body, 9, service);
        return true;
    }

    public bool TryNext(out EdifactSegment segment)
    {
        segment = default;
        while (position < body.Length && body[position] is (byte)'\r' or (byte)'\n')
        {
            position++;
        }

        var start = position;
        for (var i = start; i < body.Length; i++)
        {
            var b = body[i];
            if (b == Service.Release)
            {
                i++;
            }
            else if (b == Service.Terminator)
            {
                segment = new EdifactSegment(body[start..i], Service);
                position = i + 1;
                return true;
            }
        }

        position = body.Length;
        return false;
    }
}
