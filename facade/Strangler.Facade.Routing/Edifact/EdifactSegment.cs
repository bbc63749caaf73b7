using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Strangler.Facade.Routing.Edifact;

/// <summary>One segment as a slice of the body (terminator excluded, release characters still in place).</summary>
internal readonly ref struct EdifactSegment
{
    private readonly ReadOnlySpan<byte> raw;
    private readonly ServiceBytes service;

    public EdifactSegment(ReadOnlySpan<byte> raw, ServiceBytes service)
    {
        this.raw = raw;
        this.service = service;
    }

    /// <summary>True when the segment tag (element 0) is <paramref name="tag"/>.</summary>
    public bool Is(ReadOnlySpan<byte> tag) => Component(0, 0).SequenceEqual(tag);

    /// <summary>
    /// The raw bytes of one component (element 0 is the tag), releases not yet removed; empty when absent.
    /// </summary>
    public ReadOnlySpan<byte> Component(int element, int component)
    {
        int e = 0, c = 0, start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == service.Release)
            {
                i++;
                continue;
            }

            if (b != service.Element && b != service.Component)
            {
                continue;
            }

            if (e == element && c == component)
            {
                return raw[start..i];
            }

            if (b == service.Element)
            {
                e++;
                c = 0;
                if (e > element)
                {
                    return [];
                }
            }
            else
            {
                c++;
            }

            start = i + 1;
        }

        return e == element && c == component ? raw[start..] : [];
    }

    /// <summary>A component's value with releases removed, as text; null when empty or not valid UTF-8.</summary>
    public string? Text(int element, int component) => Released(Component(element, component), service.Release);

    private static string? Released(ReadOnlySpan<byte> value, byte release)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        if (value.IndexOf(release) < 0)
        {
            return Decode(value);
        }

        byte[]? rented = null;
        var buffer = value.Length <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(value.Length));
        try
        {
            var n = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == release)
                {
                    // A release at the very end releases nothing (the terminator was cut off).
                    if (++i >= value.Length)
                    {
                        break;
                    }
                }

                buffer[n++] = value[i];
            }

            return n == 0 ? null : Decode(buffer[..n]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static string? Decode(ReadOnlySpan<byte> utf8) => Utf8.IsValid(utf8) ? Encoding.UTF8.GetString(utf8) : null;
}
