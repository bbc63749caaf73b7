using System.Globalization;
using System.Text;
using Strangler.Contracts.Numbers;
using Strangler.Contracts.Time;

namespace Strangler.RocarsXml.Writing;

/// <summary>
/// Writes ROCARS XML exactly as rocars.md "Writing XML" says: the declaration followed directly by the
/// root with the only namespace declaration, no whitespace between elements, <c>&lt;X&gt;&lt;/X&gt;</c>
/// for an empty value, only <c>&amp; &lt; &gt;</c> (and <c>"</c> in attributes) escaped, UTF-8 without BOM.
/// </summary>
internal sealed class XmlOut
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StringBuilder text = new(512);
    private readonly Stack<string> open = new();

    public XmlOut(string root)
    {
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><").Append(root).Append(" xmlns=\"urn:hk:rocars:1\">");
        open.Push(root);
    }

    public XmlOut Open(string name)
    {
        text.Append('<').Append(name).Append('>');
        open.Push(name);
        return this;
    }

    public XmlOut Close()
    {
        text.Append("</").Append(open.Pop()).Append('>');
        return this;
    }

    public XmlOut Leaf(string name, string value)
    {
        text.Append('<').Append(name).Append('>');
        Escape(value, attribute: false);
        text.Append("</").Append(name).Append('>');
        return this;
    }

    public XmlOut OptionalLeaf(string name, string? value) => value is null ? this : Leaf(name, value);

    /// <summary>A date-time in Hong Kong time, whole seconds: <c>yyyy-MM-ddTHH:mm:ss+08:00</c>.</summary>
    public XmlOut Leaf(string name, DateTimeOffset value) =>
        Leaf(name, HongKongTime.ToHongKong(value).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00");

    public XmlOut Leaf(string name, long value) => Leaf(name, value.ToString(CultureInfo.InvariantCulture));

    public XmlOut Weight(string name, decimal? value) => value is { } v ? Leaf(name, ContractNumber.FormatWeight(v)) : this;

    public XmlOut Amount(string name, decimal? value) => value is { } v ? Leaf(name, ContractNumber.FormatAmount(v)) : this;

    public XmlOut Error(string code, string message)
    {
        text.Append("<Error code=\"");
        Escape(code, attribute: true);
        text.Append("\">");
        Escape(message, attribute: false);
        text.Append("</Error>");
        return this;
    }

    public byte[] ToBytes()
    {
        while (open.Count > 0)
        {
            Close();
        }

        // A value with a character XML cannot carry is a programming error, not something to send.
        try
        {
            return Utf8.GetBytes(text.ToString());
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("A value holds a lone surrogate.", e);
        }
    }

    private void Escape(string value, bool attribute)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    text.Append("&amp;");
                    break;
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                case '"' when attribute:
                    text.Append("&quot;");
                    break;
                case < ' ' and not ('\t' or '\n' or '\r'):
                case '\uFFFE' or '\uFFFF':
                    throw new ArgumentException($"U+{(int)c:X4} cannot be written in XML.", nameof(value));
                default:
                    text.Append(c);
                    break;
            }
        }
    }
}
