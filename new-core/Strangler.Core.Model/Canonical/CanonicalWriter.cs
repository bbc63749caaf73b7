using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Strangler.Contracts.Time;

namespace Strangler.Core.Model.Canonical;

/// <summary>
/// Writes <c>path=value</c> lines in the order called, straight as UTF-8 into a reused buffer. A null value is the
/// path alone, so null and empty differ; strings are trimmed and escaped so that one value can never read as two
/// lines. The path prefix (<c>a.b[0].</c>) is kept as bytes and grows and shrinks with the nesting.
/// </summary>
internal sealed class CanonicalWriter
{
    // A writer whose buffer grew past this is not kept for the thread's next rendering.
    private const int MaxKeptBytes = 1 << 20;

    private static readonly SearchValues<char> Escaped = SearchValues.Create("\\\n\r");

    [ThreadStatic]
    private static CanonicalWriter? cached;

    private byte[] text = new byte[8192];
    private int length;
    private byte[] path = new byte[256];
    private int pathLength;

    public ReadOnlySpan<byte> Written => text.AsSpan(0, length);

    /// <summary>This thread's writer, empty; give it back with <see cref="Return"/> once its bytes are used.</summary>
    public static CanonicalWriter Rent()
    {
        var writer = cached ?? new CanonicalWriter();
        cached = null;
        writer.length = 0;
        writer.pathLength = 0;
        return writer;
    }

    public static void Return(CanonicalWriter writer)
    {
        if (writer.text.Length <= MaxKeptBytes)
        {
            cached = writer;
        }
    }

    public void Text(ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            PathOnly(name);
            return;
        }

        var chars = value.AsSpan().Trim();
        Start(name, (chars.Length * 3) + 1); // UTF-8 takes at most 3 bytes per UTF-16 char; an escape takes 2
        while (true)
        {
            var at = chars.IndexOfAny(Escaped);
            if (at < 0)
            {
                length += Encoding.UTF8.GetBytes(chars, text.AsSpan(length));
                break;
            }

            length += Encoding.UTF8.GetBytes(chars[..at], text.AsSpan(length));
            text[length++] = (byte)'\\';
            text[length++] = chars[at] switch
            {
                '\n' => (byte)'n',
                '\r' => (byte)'r',
                _ => (byte)'\\',
            };
            chars = chars[(at + 1)..];
        }

        text[length++] = (byte)'\n';
    }

    /// <summary>Invariant, without trailing zeros (the old format <c>0.############################</c>).</summary>
    public void Number(ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is not { } number)
        {
            PathOnly(name);
            return;
        }

        Start(name, 40);
        // A decimal's default format is fixed-point with its scale's trailing zeros, never an exponent, and a negative
        // zero without its sign, as the old custom format; the tests hold the two equal.
        number.TryFormat(text.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
        var digits = text.AsSpan(length, written);
        if (digits.Contains((byte)'.'))
        {
            digits = digits.TrimEnd((byte)'0').TrimEnd((byte)'.');
        }

        length += digits.Length;
        text[length++] = (byte)'\n';
    }

    public void Number(ReadOnlySpan<byte> name, long? value)
    {
        if (value is not { } number)
        {
            PathOnly(name);
            return;
        }

        Start(name, 21);
        Utf8Formatter.TryFormat(number, text.AsSpan(length), out var written);
        length += written;
        text[length++] = (byte)'\n';
    }

    public void Flag(ReadOnlySpan<byte> name, bool value) => Literal(name, value ? "true"u8 : "false"u8);

    /// <summary>Hong Kong wall clock to the second, <c>yyyy-MM-ddTHH:mm:ss+08:00</c>.</summary>
    public void Time(ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is not { } instant)
        {
            PathOnly(name);
            return;
        }

        var local = HongKongTime.ToHongKong(instant).DateTime; // the fields below drop the fraction of a second
        Start(name, 26);
        WriteDate(local.Year, local.Month, local.Day);
        text[length++] = (byte)'T';
        Digits(local.Hour, 2);
        text[length++] = (byte)':';
        Digits(local.Minute, 2);
        text[length++] = (byte)':';
        Digits(local.Second, 2);
        "+08:00\n"u8.CopyTo(text.AsSpan(length));
        length += 7;
    }

    public void Date(ReadOnlySpan<byte> name, DateOnly? value)
    {
        if (value is not { } date)
        {
            PathOnly(name);
            return;
        }

        Start(name, 11);
        WriteDate(date.Year, date.Month, date.Day);
        text[length++] = (byte)'\n';
    }

    /// <summary>An enum by its member name, which is part of the canonical form (renaming a member changes it).</summary>
    public void Code<T>(ReadOnlySpan<byte> name, T value)
        where T : struct, Enum => Literal(name, EnumNames<T>.Of(value));

    public void Code<T>(ReadOnlySpan<byte> name, T? value)
        where T : struct, Enum
    {
        if (value is { } code)
        {
            Literal(name, EnumNames<T>.Of(code));
        }
        else
        {
            PathOnly(name);
        }
    }

    /// <summary>A nested object under <paramref name="name"/>; a null object writes its path alone.</summary>
    public void Object<T>(ReadOnlySpan<byte> name, T? value, Action<CanonicalWriter, T> write)
        where T : class
    {
        if (value is null)
        {
            PathOnly(name);
            return;
        }

        var mark = Push(name, -1);
        write(this, value);
        pathLength = mark;
    }

    /// <summary>The count, then each element under <c>name[i]</c>, so lists of different lengths never collide.</summary>
    public void List<T>(ReadOnlySpan<byte> name, IReadOnlyList<T> items, Action<CanonicalWriter, T> write)
        where T : notnull
    {
        Start(name, 28);
        length -= 1; // the count line's name is name.count
        ".count="u8.CopyTo(text.AsSpan(length));
        length += 7;
        Utf8Formatter.TryFormat(items.Count, text.AsSpan(length), out var written);
        length += written;
        text[length++] = (byte)'\n';
        for (var i = 0; i < items.Count; i++)
        {
            var mark = Push(name, i);
            write(this, items[i]);
            pathLength = mark;
        }
    }

    public void Texts(ReadOnlySpan<byte> name, IReadOnlyList<string> items) =>
        List(name, items, static (w, s) => w.Text("value"u8, s));

    /// <summary>Appends <c>name.</c> (or <c>name[index].</c>) to the path; returns the length to restore.</summary>
    private int Push(ReadOnlySpan<byte> name, int index)
    {
        var mark = pathLength;
        EnsurePath(name.Length + 14);
        name.CopyTo(path.AsSpan(pathLength));
        pathLength += name.Length;
        if (index >= 0)
        {
            path[pathLength++] = (byte)'[';
            Utf8Formatter.TryFormat(index, path.AsSpan(pathLength), out var written);
            pathLength += written;
            path[pathLength++] = (byte)']';
        }

        path[pathLength++] = (byte)'.';
        return mark;
    }

    private void PathOnly(ReadOnlySpan<byte> name)
    {
        Ensure(pathLength + name.Length + 1);
        WritePath(name);
        text[length++] = (byte)'\n';
    }

    private void Literal(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
    {
        Start(name, value.Length + 1);
        value.CopyTo(text.AsSpan(length));
        length += value.Length;
        text[length++] = (byte)'\n';
    }

    /// <summary>Writes <c>path.name=</c> with room for <paramref name="valueBytes"/> more.</summary>
    private void Start(ReadOnlySpan<byte> name, int valueBytes)
    {
        Ensure(pathLength + name.Length + 1 + valueBytes);
        WritePath(name);
        text[length++] = (byte)'=';
    }

    private void WritePath(ReadOnlySpan<byte> name)
    {
        path.AsSpan(0, pathLength).CopyTo(text.AsSpan(length));
        length += pathLength;
        name.CopyTo(text.AsSpan(length));
        length += name.Length;
    }

    private void WriteDate(int year, int month, int day)
    {
        Digits(year, 4);
        text[length++] = (byte)'-';
        Digits(month, 2);
        text[length++] = (byte)'-';
        Digits(day, 2);
    }

    private void Digits(int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            text[length + i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        length += count;
    }

    private void Ensure(int more)
    {
        if (length + more > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, length + more));
        }
    }

    private void EnsurePath(int more)
    {
        if (pathLength + more > path.Length)
        {
            Array.Resize(ref path, Math.Max(path.Length * 2, pathLength + more));
        }
    }
}
